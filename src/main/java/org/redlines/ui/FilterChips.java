package org.redlines.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.TopicInfo;

/**
 * The active filters on one line, each a chip that removes itself: the matrix opens on its rows, with what narrows
 * them in sight, and the whole filter form one click away. Removing a chip reports the filter without it; the
 * view navigates, so the URL stays the only state.
 */
public class FilterChips extends Div {

    private final List<Chip> chips = new ArrayList<>();

    /** One removable filter value: its words, and the filter without it. */
    private record Chip(String id, String text, UnaryOperator<MatrixFilter> removal) {}

    public FilterChips() {
        setId("filter-chips");
        addClassName("rl-chips");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", Messages.t("matrix.chips.label"));
    }

    /** How many filter values are active: what the Filters button counts. */
    public int count() {
        return chips.size();
    }

    public void show(Catalog catalog, MatrixFilter filter) {
        chips.clear();
        for (ActorInfo actor : catalog.actors()) {
            if (filter.actors().contains(actor.code())) {
                chips.add(new Chip(
                        "party-" + actor.code(), actor.name(), f -> f.withActors(without(f.actors(), actor.code()))));
            }
        }
        for (TopicInfo topic : catalog.topics()) {
            if (filter.topics().contains(topic.code())) {
                chips.add(new Chip(
                        "topic-" + topic.code(), topic.name(), f -> f.withTopics(without(f.topics(), topic.code()))));
            }
        }
        for (Stance stance : Stance.values()) {
            if (filter.stances().contains(stance)) {
                chips.add(new Chip("stance-" + stance.code(), Words.stance(stance), f -> {
                    Set<Stance> rest =
                            f.stances().isEmpty() ? EnumSet.noneOf(Stance.class) : EnumSet.copyOf(f.stances());
                    rest.remove(stance);
                    return f.withStances(rest);
                }));
            }
        }
        if (filter.redLineOnly()) {
            chips.add(new Chip("redline", Messages.t("matrix.filter.red-lines-only"), f -> f.withRedLineOnly(false)));
        }
        if (filter.contestedOnly()) {
            chips.add(
                    new Chip("contested", Messages.t("matrix.filter.contested-only"), f -> f.withContestedOnly(false)));
        }
        if (filter.query() != null) {
            chips.add(new Chip("q", Messages.t("matrix.chips.search", filter.query()), f -> f.withQuery(null)));
        }
        if (filter.asOf() != null) {
            chips.add(new Chip(
                    "asof", Messages.t("matrix.chips.as-of", Messages.date(filter.asOf())), f -> f.withAsOf(null)));
        }
        if (filter.stale() != null) {
            chips.add(
                    new Chip("stale", Messages.t("matrix.chips.stale", filter.stale()), f -> f.withStale(null, false)));
        }
        if (filter.staleOnly()) {
            chips.add(
                    new Chip("stale-only", Messages.t("matrix.chips.stale-only"), f -> f.withStale(f.stale(), false)));
        }
        if (filter.minGrade() != null) {
            chips.add(new Chip(
                    "min-grade",
                    Messages.t("matrix.chips.min-grade", filter.minGrade().code()),
                    f -> f.withMinGrade(null, false)));
        }
        if (filter.weakOnly()) {
            chips.add(new Chip(
                    "weak-only", Messages.t("matrix.chips.weak-only"), f -> f.withMinGrade(f.minGrade(), false)));
        }
        if (!filter.refs().isEmpty()) {
            chips.add(new Chip(
                    "refs",
                    Messages.t("matrix.chips.points", String.join(", ", filter.refs())),
                    f -> f.withRefs(Set.of())));
        }
        removeAll();
        for (Chip chip : chips) {
            Button button = new Button(chip.text(), VaadinIcon.CLOSE_SMALL.create());
            button.setIconAfterText(true);
            button.setId("chip-" + chip.id());
            button.addClassName("rl-chip");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(Messages.t("matrix.chips.remove", chip.text()));
            button.getElement().setAttribute("role", "listitem");
            button.addClickListener(
                    e -> fireEvent(new RemovedEvent(this, chip.removal().apply(filter))));
            add(button);
        }
        if (chips.size() > 1) {
            Button clear = new Button(
                    Messages.t("matrix.filter.clear-all"), e -> fireEvent(new RemovedEvent(this, filter.cleared())));
            clear.setId("chips-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(clear);
        }
        setVisible(!chips.isEmpty());
    }

    private static List<String> without(List<String> codes, String code) {
        return codes.stream().filter(c -> !c.equals(code)).toList();
    }

    private static Set<String> without(Set<String> codes, String code) {
        Set<String> rest = new LinkedHashSet<>(codes);
        rest.remove(code);
        return rest;
    }

    public Registration addRemovedListener(ComponentEventListener<RemovedEvent> listener) {
        return addListener(RemovedEvent.class, listener);
    }

    /** A chip was removed: {@code filter} is what is left. */
    public static class RemovedEvent extends ComponentEvent<FilterChips> {
        private final MatrixFilter filter;

        RemovedEvent(FilterChips source, MatrixFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        public MatrixFilter filter() {
            return filter;
        }
    }
}
