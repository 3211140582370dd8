/**
 * The HTTP API ({@code /api/v1/}): JSON for scripts, with the views' parameters and semantics, stable codes and ISO
 * dates, strict about bad values (RFC 9457 problem documents), and ETags per data revision and parameters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP API")
package org.redlines.api;
