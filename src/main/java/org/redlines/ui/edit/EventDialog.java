package org.redlines.ui.edit;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.redlines.dataset.DatasetRules;
import org.redlines.dataset.EventKind;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.CurationService;
import org.redlines.positions.CurationService.EventEdit;
import org.redlines.positions.Drafts.EventDraft;
import org.redlines.positions.ReviewService;
import org.redlines.ui.Navigation;

/** Adds an event of the negotiation, or corrects one: day, kind, title, parties, summary and sources. */
public class EventDialog extends EditDialog<EventDraft> {

    public final DatePicker date = new DatePicker(Messages.t("common.date"));
    public final RadioButtonGroup<EventKind> kind = new RadioButtonGroup<>();
    public final TextField title = new TextField(Messages.t("common.title"));
    public final MultiSelectComboBox<ActorInfo> parties = new MultiSelectComboBox<>(Messages.t("common.parties"));
    public final TextArea summary = new TextArea(Messages.t("edit.event.summary"));
    SourcesField sources;

    /** The sources field, for tests that drive the form. */
    public SourcesField sourcesField() {
        return sources;
    }

    public com.vaadin.flow.component.button.Button saveButton() {
        return save;
    }

    public com.vaadin.flow.component.html.Div conflictBox() {
        return conflict;
    }

    private final List<ActorInfo> actors;
    private final Saver saver;
    private long version;

    /** Stores the draft with the version the form was opened at. */
    interface Saver {
        void save(EventDraft draft, long version);
    }

    private EventDialog(String heading, List<ActorInfo> actors, EventDraft initial, long version, Saver saver) {
        super(heading);
        this.actors = actors;
        this.saver = saver;
        this.version = version;
        setId("event-dialog");
        date.setId("edit-date");
        date.setRequired(true);
        Navigation.isoDates(date);
        kind.setLabel(Messages.t("edit.event.kind"));
        kind.setId("edit-kind");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(Words::eventKind);
        kind.setRequired(true);
        kind.setHelperText(Messages.t("edit.event.kind.helper"));
        title.setId("edit-title");
        title.setRequired(true);
        title.setMaxLength(DatasetRules.MAX_EVENT_TITLE);
        title.setWidthFull();
        parties.setId("edit-parties");
        parties.setItems(actors);
        parties.setItemLabelGenerator(ActorInfo::name);
        parties.setHelperText(Messages.t("edit.event.parties.helper"));
        summary.setId("edit-summary");
        summary.setMaxLength(DatasetRules.MAX_TEXT);
        summary.setWidthFull();
        summary.setMinHeight("5rem");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(date, parties);
        form.add(kind, 2);
        form.add(title, 2);
        form.add(summary, 2);
        add(conflict, form);
        fill(initial);
        markSaved();
    }

    public static EventDialog add(
            ReviewService review,
            List<ActorInfo> actors,
            java.util.function.Consumer<org.redlines.positions.Submission<?>> saved) {
        EventDraft empty = new EventDraft(LocalDate.now(), "", null, List.of(), "", List.of());
        return new EventDialog(Messages.t("edit.event.new"), actors, empty, 0, (draft, v) -> {
            saved.accept(review.addEvent(draft));
        });
    }

    public static EventDialog correct(
            CurationService curation,
            ReviewService review,
            List<ActorInfo> actors,
            long id,
            java.util.function.Consumer<org.redlines.positions.Submission<?>> saved) {
        EventEdit edit = curation.eventForEdit(id);
        return new EventDialog(
                Messages.t("edit.event.correct", Messages.date(edit.draft().date())),
                actors,
                edit.draft(),
                edit.version(),
                (draft, v) -> {
                    saved.accept(review.correctEvent(id, v, draft));
                });
    }

    private void fill(EventDraft d) {
        date.setValue(d.date());
        kind.setValue(d.kind());
        title.setValue(d.title() == null ? "" : d.title());
        parties.setValue(actors.stream()
                .filter(a -> d.actors().contains(a.code()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        summary.setValue(d.summary() == null ? "" : d.summary());
        sources = sourcesField(sources, d.sources());
    }

    @Override
    EventDraft current() {
        return new EventDraft(
                date.getValue(),
                title.getValue(),
                kind.getValue(),
                actors.stream()
                        .filter(parties.getValue()::contains)
                        .map(ActorInfo::code)
                        .toList(),
                summary.getValue(),
                sources.getValue());
    }

    @Override
    void store() {
        saver.save(current(), version);
    }

    @Override
    void showProblem(String field, String message) {
        switch (field) {
            case "date" -> {
                date.setErrorMessage(message);
                date.setInvalid(true);
            }
            case "kind" -> {
                kind.setErrorMessage(message);
                kind.setInvalid(true);
            }
            case "title" -> {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            case "actors" -> {
                parties.setErrorMessage(message);
                parties.setInvalid(true);
            }
            case "summary" -> {
                summary.setErrorMessage(message);
                summary.setInvalid(true);
            }
            default -> sources.setError(message);
        }
    }

    @Override
    void clearProblems() {
        date.setInvalid(false);
        kind.setInvalid(false);
        title.setInvalid(false);
        parties.setInvalid(false);
        summary.setInvalid(false);
        sources.setError(null);
    }

    @Override
    void loadCurrent(Object current) {
        EventEdit edit = (EventEdit) current;
        version = edit.version();
        fill(edit.draft());
    }

    @Override
    String describe(Object current) {
        EventDraft d = ((EventEdit) current).draft();
        return Messages.date(d.date()) + " " + Words.eventKind(d.kind()) + ": " + d.title();
    }

    @Override
    String yourText() {
        return title.getValue() + "\n" + summary.getValue();
    }
}
