package org.redlines.share;

import org.jsoup.nodes.Element;

/**
 * What the first answer for a view's address carries: the page title, a one-sentence description for preview
 * cards, the canonical absolute link, the absolute link of its preview picture, and the content as an element tree (jsoup escapes every text and attribute
 * it is given, so nothing from the data can become markup).
 */
record FirstView(String title, String description, String canonical, String image, Element content) {

    /** A copy whose content may be put into a page (putting an element into a page moves it there). */
    FirstView copy() {
        return new FirstView(title, description, canonical, image, content.clone());
    }
}
