package org.redlines.matrix.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.watch.WatchMatcher;
import org.redlines.watch.WatchService;

/** "What changed since your last visit" on a watched matrix: each move in words, with a link to its point. */
final class SinceLastVisit {

    private SinceLastVisit() {}

    static void show(Div box, WatchService.SinceLastVisit since, MatrixPage page) {
        box.removeAll();
        box.add(new Paragraph(Messages.t("watch.since", since.differences().size(), since.since())));
        if (since.latest() != null) {
            Paragraph who = new Paragraph(Messages.t(
                    "watch.since.latest",
                    since.latest().number(),
                    Messages.timestamp(since.latest().changedAt()),
                    since.latest().username()));
            who.addClassName("rl-since-who");
            box.add(who);
        }
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
            item.add(new Span(org.redlines.watch.ChangeWords.of(d, page)));
            if (d.after() != null) {
                if (d.after().summary() != null && !d.after().summary().isBlank()) {
                    Span words = new Span(" — " + d.after().summary());
                    words.addClassName("rl-since-summary");
                    item.add(words);
                }
                for (org.redlines.positions.SourceInfo source :
                        since.sources().getOrDefault(d.after().id(), java.util.List.of())) {
                    String label = source.publisher()
                            + (source.title() == null || source.title().isBlank() ? "" : ": " + source.title());
                    com.vaadin.flow.component.Component shown =
                            source.url() == null || source.url().isBlank()
                                    ? new Span(label)
                                    : new Anchor(source.url(), label);
                    if (shown instanceof Anchor a) {
                        a.setTarget("_blank");
                        a.getElement().setAttribute("rel", "noopener noreferrer");
                    }
                    Div line = new Div(shown);
                    line.addClassName("rl-since-source");
                    item.add(line);
                }
            }
            list.add(item);
        }
        box.add(list);
        box.setVisible(true);
    }
}
