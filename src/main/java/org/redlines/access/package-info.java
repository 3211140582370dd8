/**
 * Who may do what: the roles, and the annotation with which a service method demands one. At the bottom of the
 * app, so that the core can name roles without depending on accounts, sign-in or pages (module {@code security}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.redlines.access;
