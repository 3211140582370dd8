package org.redlines.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.redlines.positions.PointDetail;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;

/** The selected point beside the grid: what it says, and where each shown party stands on it and why. */
class PointDetailPanel extends Div {

    final Button close = new Button(VaadinIcon.CLOSE.create());

    PointDetailPanel() {
        setId("point-detail");
        addClassName("rl-detail");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Selected point");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close the point details");
        close.addClassName("rl-detail-close");
    }

    void show(PointDetail detail) {
        removeAll();
        H2 title = new H2(detail.point().ref() + ". " + detail.point().title());
        title.addClassName("rl-detail-title");
        Span topic = new Span(detail.point().topicName());
        topic.addClassName("rl-topic-badge");
        add(close, title, topic, new Paragraph(detail.point().summary()));
        if (detail.point().note() != null) {
            Paragraph note = new Paragraph("Note: " + detail.point().note());
            note.addClassName("rl-note");
            add(note);
        }
        for (PointDetail.ActorPosition p : detail.positions()) {
            Div block = new Div();
            block.addClassName("rl-detail-actor");
            block.getElement().setAttribute("data-actor", p.actor().code());
            block.add(new H3(p.actor().name()));
            PositionInfo position = p.position();
            if (position == null) {
                Span empty = new Span(StanceStyle.EMPTY_LABEL);
                empty.addClassName("rl-empty");
                block.add(empty);
            } else {
                block.add(stanceBadge(position));
                String date = position.asOf() == null ? "Undated" : "As of " + position.asOf();
                Span when = new Span(date);
                when.addClassName("rl-date");
                block.add(when, new Paragraph(position.summary()));
                if (!p.sources().isEmpty()) {
                    UnorderedList list = new UnorderedList();
                    list.addClassName("rl-sources-list");
                    for (SourceInfo s : p.sources()) {
                        list.add(new ListItem(sourceLink(s)));
                    }
                    block.add(list);
                }
            }
            add(block);
        }
    }

    static Span stanceBadge(PositionInfo position) {
        StanceStyle style = StanceStyle.of(position.stance());
        Span badge = new Span(style.icon().create(), new Span(position.stance().label()));
        badge.addClassNames("rl-cell", style.cssClass());
        if (position.redLine()) {
            Span mark = new Span(StanceStyle.RED_LINE_ICON.create(), new Span("RED LINE"));
            mark.addClassName("rl-redline-mark");
            badge.add(mark);
            badge.addClassName("rl-is-redline");
        }
        return badge;
    }

    static Anchor sourceLink(SourceInfo source) {
        String text = source.publisher() + (source.title() == null ? "" : ": " + source.title())
                + (source.date() == null ? "" : " (" + source.date() + ")");
        Anchor link = new Anchor(source.url(), text);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
