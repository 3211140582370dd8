package org.redlines.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.HistoryService;
import org.redlines.positions.RevisionInfo;

/** The recorded revisions of one position, point or source, newest first, with what each changed. */
public class HistoryDialog extends Dialog {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** {@code frozenLink} gives the link that shows the view as it was in a revision. */
    public HistoryDialog(String heading, List<HistoryService.HistoryItem> items, LongFunction<String> frozenLink) {
        setHeaderTitle(heading);
        setId("history-dialog");
        setWidth("min(56rem, 96vw)"); // not-ui-text
        if (items.isEmpty()) {
            add(new Paragraph(Messages.t("history.empty")));
        }
        for (HistoryService.HistoryItem item : items) {
            Div block = new Div();
            block.addClassName("rl-history-item");
            RevisionInfo r = item.revision();
            block.add(new H3(Messages.t(
                    "history.revision",
                    String.valueOf(r.number()),
                    Words.kind(item.kind()),
                    r.username(),
                    when(r.changedAt()))));
            if (r.note() != null) {
                block.add(new Paragraph(Words.revisionNote(r.note())));
            }
            UnorderedList changes = new UnorderedList();
            for (HistoryService.FieldChange c : item.changes()) {
                Span field = new Span(HistoryWords.field(c.field()) + ": ");
                field.addClassName("rl-history-field");
                ListItem li = new ListItem(field);
                String was = HistoryWords.value(c.before());
                String is = HistoryWords.value(c.after());
                if (!was.isEmpty() && item.kind() != HistoryService.Kind.ADDED) {
                    Span before = new Span(was);
                    before.addClassName("rl-diff-del");
                    li.add(before, new Span(" → "));
                }
                Span after = new Span(is.isEmpty() ? Messages.t("history.empty-value") : is);
                after.addClassName("rl-diff-ins");
                li.add(after);
                changes.add(li);
            }
            block.add(changes);
            block.add(new Anchor(
                    frozenLink.apply(r.number()), Messages.t("history.see-revision", String.valueOf(r.number()))));
            add(block);
        }
        getFooter().add(new Button(Messages.t("history.close"), e -> close()));
    }

    /** When a revision was made, in UTC, with the date as the user's language writes it. */
    static String when(Instant at) {
        return Messages.t("history.when", at.atZone(ZoneOffset.UTC).toLocalDate(), TIME.format(at));
    }
}
