/**
 * Telling people when what they watch moves. So far: the Atom feed of the changes that affect a matrix link
 * ({@code /feeds/changes.atom}), built with ROME from the matrix's own filter semantics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watch and notify")
package org.redlines.watch;
