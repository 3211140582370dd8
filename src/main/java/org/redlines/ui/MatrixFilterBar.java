package org.redlines.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.dataset.Grade;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.TopicInfo;

/**
 * The matrix filters, shared by every view that shows the matrix's points (the matrix and the charts). It shows a filter it is given and reports a changed filter as an event; it never
 * changes the URL itself.
 */
public class MatrixFilterBar extends Div {

    public final Select<PlanInfo> plan = new Select<>();
    public final MultiSelectComboBox<ActorInfo> actors = new MultiSelectComboBox<>(Messages.t("common.parties"));
    public final MultiSelectComboBox<TopicInfo> topics = new MultiSelectComboBox<>(Messages.t("common.topics"));
    public final MultiSelectComboBox<Stance> stances = new MultiSelectComboBox<>(Messages.t("matrix.filter.stances"));
    public final Checkbox redLineOnly = new Checkbox(Messages.t("matrix.filter.red-lines-only"));
    public final Checkbox contestedOnly = new Checkbox(Messages.t("matrix.filter.contested-only"));
    public final TextField query = new TextField(Messages.t("common.search"));
    public final DatePicker asOf = new DatePicker(Messages.t("common.as-of-label"));
    public final IntegerField stale = new IntegerField(Messages.t("matrix.filter.stale"));
    public final Checkbox staleOnly = new Checkbox(Messages.t("matrix.filter.stale-only"));
    /** The Admiralty grade a shown cell's sources must reach; cells without such a source are marked. */
    public final ComboBox<Grade> minGrade = new ComboBox<>(Messages.t("matrix.filter.min-grade"));

    public final Checkbox weakOnly = new Checkbox(Messages.t("matrix.filter.weak-only"));
    /** The negotiation's events as quick choices for the date: the day before each. */
    public final ComboBox<EventInfo> beforeEvent = new ComboBox<>(Messages.t("matrix.filter.before-event"));

    public final Button clearAll = new Button(Messages.t("matrix.filter.clear-all"), VaadinIcon.CLOSE_SMALL.create());

    private Catalog catalog;
    private List<EventInfo> eventChoices = List.of();
    private MatrixFilter filter = MatrixFilter.NONE;
    private boolean showing;

    public MatrixFilterBar() {
        addClassName("rl-filter-bar");
        plan.setLabel(Messages.t("common.plan"));
        plan.setId("filter-plan");
        plan.setItemLabelGenerator(p -> Messages.date(p.date()) + " · " + p.title());
        plan.addClassName("rl-plan-select");
        actors.setId("filter-actors");
        actors.setItemLabelGenerator(ActorInfo::name);
        actors.setPlaceholder(Messages.t("common.all-parties"));
        topics.setId("filter-topics");
        topics.setItemLabelGenerator(TopicInfo::name);
        topics.setPlaceholder(Messages.t("common.all-topics"));
        stances.setId("filter-stances");
        stances.setItems(Arrays.asList(Stance.values()));
        stances.setItemLabelGenerator(Words::stance);
        stances.setPlaceholder(Messages.t("matrix.filter.any-stance"));
        redLineOnly.setId("filter-redline");
        contestedOnly.setId("filter-contested");
        contestedOnly.setTooltipText(Messages.t("matrix.filter.contested-tooltip"));
        query.setId("filter-q");
        query.setPlaceholder(Messages.t("matrix.filter.search-placeholder"));
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(400);
        query.setMaxLength(200);
        asOf.setId("filter-asof");
        asOf.setClearButtonVisible(true);
        Navigation.isoDates(asOf);
        stale.setId("filter-stale");
        stale.setMin(1);
        stale.setMax(MatrixFilter.MAX_STALE_DAYS);
        stale.setClearButtonVisible(true);
        stale.setPlaceholder("90");
        staleOnly.setId("filter-stale-only");
        minGrade.setId("filter-min-grade");
        minGrade.setItems(Grade.all());
        minGrade.setItemLabelGenerator(Grade::code);
        minGrade.setClearButtonVisible(true);
        minGrade.setPlaceholder("B3");
        minGrade.setTooltipText(Messages.t("matrix.filter.min-grade-help"));
        weakOnly.setId("filter-weak-only");
        beforeEvent.setId("filter-before-event");
        beforeEvent.setItemLabelGenerator(
                e -> Messages.t("matrix.filter.day-before", e.title(), Messages.date(e.date())));
        beforeEvent.setPlaceholder(Messages.t("matrix.filter.before-event-placeholder"));
        beforeEvent.setClearButtonVisible(true);
        beforeEvent.setHelperText(Messages.t("matrix.filter.before-event-help"));
        clearAll.setId("filter-clear");
        clearAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        plan.addValueChangeListener(e -> changed(
                filter.withPlan(e.getValue() == null ? null : e.getValue().code())));
        actors.addValueChangeListener(e -> changed(filter.withActors(actorCodes(e.getValue()))));
        topics.addValueChangeListener(e -> changed(
                filter.withTopics(e.getValue().stream().map(TopicInfo::code).collect(Collectors.toSet()))));
        stances.addValueChangeListener(e -> changed(filter.withStances(e.getValue())));
        redLineOnly.addValueChangeListener(e -> changed(filter.withRedLineOnly(e.getValue())));
        contestedOnly.addValueChangeListener(e -> changed(filter.withContestedOnly(e.getValue())));
        query.addValueChangeListener(e -> changed(filter.withQuery(e.getValue())));
        asOf.addValueChangeListener(e -> {
            if (!asOf.isInvalid()) {
                changed(filter.withAsOf(e.getValue()));
            }
        });
        stale.addValueChangeListener(e -> {
            if (!stale.isInvalid()) {
                changed(filter.withStale(e.getValue(), e.getValue() != null && filter.staleOnly()));
            }
        });
        staleOnly.addValueChangeListener(e -> changed(filter.withStale(filter.stale(), e.getValue())));
        minGrade.addValueChangeListener(
                e -> changed(filter.withMinGrade(e.getValue(), e.getValue() != null && filter.weakOnly())));
        weakOnly.addValueChangeListener(e -> changed(filter.withMinGrade(filter.minGrade(), e.getValue())));
        beforeEvent.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                changed(filter.withAsOf(e.getValue().date().minusDays(1)));
            } else if (e.isFromClient()) {
                changed(filter.withAsOf(null));
            }
        });
        clearAll.addClickListener(e -> changed(filter.cleared()));

        add(
                plan,
                actors,
                topics,
                stances,
                query,
                asOf,
                beforeEvent,
                stale,
                minGrade,
                redLineOnly,
                contestedOnly,
                staleOnly,
                weakOnly,
                clearAll);
    }

    /** Shows the given filter without reporting it back as a change, without events to choose from. */
    public void show(Catalog newCatalog, MatrixFilter newFilter, PlanInfo shownPlan) {
        show(newCatalog, newFilter, shownPlan, List.of());
    }

    /**
     * Shows the given filter without reporting it back as a change; {@code events} (oldest first) are offered as
     * dates, newest first, and the one whose day before is the filter's date is shown as chosen.
     */
    public void show(Catalog newCatalog, MatrixFilter newFilter, PlanInfo shownPlan, List<EventInfo> events) {
        showing = true;
        try {
            if (!Objects.equals(catalog, newCatalog)) {
                catalog = newCatalog;
                plan.setItems(newCatalog.plansNewestFirst());
                actors.setItems(newCatalog.actors());
                topics.setItems(newCatalog.topics());
            }
            filter = newFilter;
            plan.setValue(shownPlan);
            actors.setValue(newCatalog.actors().stream()
                    .filter(a -> newFilter.actors().contains(a.code()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            topics.setValue(newCatalog.topics().stream()
                    .filter(t -> newFilter.topics().contains(t.code()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            stances.setValue(newFilter.stances());
            redLineOnly.setValue(newFilter.redLineOnly());
            contestedOnly.setValue(newFilter.contestedOnly());
            String text = newFilter.query() == null ? "" : newFilter.query();
            if (!query.getValue().strip().equals(text)) {
                query.setValue(text);
            }
            asOf.setValue(newFilter.asOf());
            List<EventInfo> choices = events.reversed();
            if (!choices.equals(eventChoices)) {
                eventChoices = choices;
                beforeEvent.setItems(choices);
            }
            beforeEvent.setVisible(!choices.isEmpty());
            beforeEvent.setValue(
                    newFilter.asOf() == null
                            ? null
                            // of two events on one day, the first the dataset lists
                            : events.stream()
                                    .filter(e -> e.date().minusDays(1).equals(newFilter.asOf()))
                                    .findFirst()
                                    .orElse(null));
            stale.setValue(newFilter.stale());
            staleOnly.setValue(newFilter.staleOnly());
            staleOnly.setEnabled(newFilter.stale() != null);
            minGrade.setValue(newFilter.minGrade());
            weakOnly.setValue(newFilter.weakOnly());
            weakOnly.setEnabled(newFilter.minGrade() != null);
        } finally {
            showing = false;
        }
    }

    private List<String> actorCodes(Set<ActorInfo> selected) {
        if (selected.size() == catalog.actors().size()) {
            return List.of();
        }
        return catalog.actors().stream()
                .filter(selected::contains)
                .map(ActorInfo::code)
                .toList();
    }

    private void changed(MatrixFilter next) {
        if (showing || next.equals(filter)) {
            return;
        }
        filter = next;
        fireEvent(new FilterChangeEvent(this, next));
    }

    public Registration addFilterChangeListener(ComponentEventListener<FilterChangeEvent> listener) {
        return addListener(FilterChangeEvent.class, listener);
    }

    public static class FilterChangeEvent extends ComponentEvent<MatrixFilterBar> {
        private final MatrixFilter filter;

        FilterChangeEvent(MatrixFilterBar source, MatrixFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        public MatrixFilter filter() {
            return filter;
        }
    }
}
