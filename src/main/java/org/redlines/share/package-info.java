/**
 * Links that travel: the first HTTP answer for a view's address already carries what the view shows, as plain
 * HTML rendered on the server from the same services and filter semantics, with the title, description and
 * Open Graph tags that chat and mail clients turn into a preview card. Link unfurlers and HEAD requests get that
 * page without the Vaadin client and without a session.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Links that travel")
package org.redlines.share;
