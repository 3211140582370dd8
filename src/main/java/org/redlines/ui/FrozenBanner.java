package org.redlines.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.redlines.i18n.Messages;
import org.redlines.positions.Catalog;
import org.redlines.positions.RevisionInfo;

/** Says plainly that a view shows the data as recorded in one revision, and leads to the live view. */
public class FrozenBanner extends Div {

    public FrozenBanner() {
        setId("frozen-banner");
        addClassName("rl-frozen-banner");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Shows the banner when the catalogue is a frozen revision; {@code liveLink} is the same view, live. */
    public void show(Catalog catalog, String liveLink) {
        removeAll();
        RevisionInfo r = catalog.frozen();
        setVisible(r != null);
        if (r != null) {
            Span text = new Span(Messages.t(
                            "frozen.banner", String.valueOf(r.number()), Messages.dateTime(r.changedAt()), r.username())
                    + (r.release() == null ? "" : " " + Messages.t("frozen.release", r.release()))
                    + " ");
            Anchor live = new Anchor(liveLink, Messages.t("frozen.open-live"));
            live.setId("open-live-view");
            add(text, live);
        }
    }
}
