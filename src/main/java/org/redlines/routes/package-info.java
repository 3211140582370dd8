/** The app's addresses, named once; depends on nothing. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.redlines.routes;
