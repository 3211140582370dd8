package org.redlines.matrix.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.PositionInfo;
import org.redlines.watch.WatchMatcher;
import org.redlines.watch.WatchService;

/** "What changed since your last visit" on a watched matrix: each move in words, with a link to its point. */
final class SinceLastVisit {

    private SinceLastVisit() {}

    static void show(Div box, WatchService.SinceLastVisit since, MatrixPage page) {
        box.removeAll();
        box.add(new Paragraph(Messages.t("watch.since", since.differences().size(), since.since())));
        UnorderedList list = new UnorderedList();
        String plan = page.matrix().plan().code();
        for (WatchMatcher.Difference d : since.differences()) {
            ListItem item = new ListItem();
            item.addClassName("rl-since-item");
            item.getElement().setAttribute("data-kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (d.ref() != null) {
                item.getElement().setAttribute("data-ref", d.ref());
                item.add(new Anchor(Links.point(plan, d.ref()), d.ref()), new Span(" "));
            }
            item.add(new Span(text(d, page)));
            list.add(item);
        }
        box.add(list);
        box.setVisible(true);
    }

    private static String text(WatchMatcher.Difference d, MatrixPage page) {
        return switch (d.kind()) {
            case CELL -> {
                String actor =
                        page.catalog().actor(d.actor()).map(ActorInfo::name).orElse(d.actor());
                yield Messages.t("watch.since.cell", actor, word(d.before()), word(d.after()));
            }
            case ROW_ADDED -> Messages.t("watch.since.row-added");
            case ROW_REMOVED -> Messages.t("watch.since.row-removed");
            case POINT_TEXT -> Messages.t("watch.since.point-text");
            case EVENT -> Messages.t("watch.since.events");
        };
    }

    private static String word(PositionInfo position) {
        return position == null ? Messages.t("watch.since.nothing") : Words.cell(position);
    }
}
