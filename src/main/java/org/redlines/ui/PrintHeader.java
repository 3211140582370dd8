package org.redlines.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.redlines.i18n.Messages;

/**
 * What a printout says at the top of its first page: the title, the filters and dates in words, and the link to
 * the view as an absolute address. Shown only in print.
 */
public class PrintHeader extends Div {

    public PrintHeader() {
        addClassNames("rl-print-only", "rl-print-header");
    }

    public void show(String title, List<String> lines, String relativeLink) {
        removeAll();
        // Not a heading: the page's own h1 stays the only one for screen readers and tests.
        Div heading = new Div(title);
        heading.addClassName("rl-print-title");
        add(heading);
        lines.forEach(l -> add(new Paragraph(l)));
        Paragraph link = new Paragraph(Messages.t("print.link", relativeLink));
        link.addClassName("rl-print-link");
        add(link);
        // The drawer would leave its width empty on paper: closed while printing, restored after.
        getElement().executeJs("""
                const p = this.querySelector('.rl-print-link');
                if (p) { p.textContent = $1.replace('{0}', new URL($0, document.baseURI).href); }
                if (!window.__rlPrintHooks) { window.__rlPrintHooks = true;
                  addEventListener('beforeprint', () => { const l = document.querySelector('vaadin-app-layout');
                    if (l) { window.__rlDrawer = l.drawerOpened; l.drawerOpened = false; } });
                  addEventListener('afterprint', () => { const l = document.querySelector('vaadin-app-layout');
                    if (l && window.__rlDrawer !== undefined) { l.drawerOpened = window.__rlDrawer; } }); }""", relativeLink, Messages.raw(Messages.current(), "print.link"));
    }
}
