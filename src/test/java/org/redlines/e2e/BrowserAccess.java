package org.redlines.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium for browser tests outside this package. */
public final class BrowserAccess {

    private BrowserAccess() {}

    public static Playwright playwright() {
        return BrowserSupport.playwright();
    }

    public static Browser launch(Playwright playwright) {
        return BrowserSupport.launch(playwright);
    }
}
