package org.redlines.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.positions.PointDetail;
import org.redlines.positions.PositionInfo;
import org.redlines.ui.Badges;

/** The selected point beside the grid: what it says, and where each shown party stands on it and why. */
class PointDetailPanel extends Div {

    final Button close = new Button(VaadinIcon.CLOSE.create());

    PointDetailPanel() {
        setId("point-detail");
        addClassName("rl-detail");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", Messages.t("matrix.detail.label"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(Messages.t("matrix.detail.close"));
        close.addClassName("rl-detail-close");
    }

    /** Buttons that the view adds: for the point as a whole, and for each party's position. */
    interface Actions {
        List<Component> forPoint();

        List<Component> forPosition(PointDetail.ActorPosition position);
    }

    static final Actions NO_ACTIONS = new Actions() {
        @Override
        public List<Component> forPoint() {
            return List.of();
        }

        @Override
        public List<Component> forPosition(PointDetail.ActorPosition position) {
            return List.of();
        }
    };

    void show(PointDetail detail, String pointPageLink, Actions actions) {
        removeAll();
        H2 title = new H2(detail.point().ref() + ". " + detail.point().title());
        title.addClassName("rl-detail-title");
        Span topic = new Span(detail.point().topicName());
        topic.addClassName("rl-topic-badge");
        Anchor open = new Anchor(pointPageLink, Messages.t("matrix.detail.open-point-page"));
        open.setId("open-point-page");
        add(close, title, topic, new Paragraph(detail.point().summary()), open);
        List<Component> pointActions = actions.forPoint();
        if (!pointActions.isEmpty()) {
            Div bar = new Div(pointActions.toArray(Component[]::new));
            bar.addClassName("rl-edit-actions");
            add(bar);
        }
        if (detail.point().note() != null) {
            Paragraph note =
                    new Paragraph(Messages.t("common.note", detail.point().note()));
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
                block.add(Badges.stance(null));
            } else {
                block.add(Badges.stance(position));
                Span when = new Span(Badges.dateWithAge(position, LocalDate.now()));
                when.addClassName("rl-date");
                block.add(when, new Paragraph(position.summary()));
                if (!p.sources().isEmpty()) {
                    block.add(Badges.sources(p.sources()));
                }
            }
            List<Component> buttons = actions.forPosition(p);
            if (!buttons.isEmpty()) {
                Div bar = new Div(buttons.toArray(Component[]::new));
                bar.addClassName("rl-edit-actions");
                block.add(bar);
            }
            add(block);
        }
        if (Badges.anyGraded(
                detail.positions().stream().flatMap(p -> p.sources().stream()).toList())) {
            add(Badges.gradeLegend());
        }
    }
}
