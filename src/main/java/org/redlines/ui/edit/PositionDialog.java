package org.redlines.ui.edit;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.redlines.dataset.DatasetRules;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.ReviewService;
import org.redlines.ui.Navigation;

/** Adds a dated position to a cell, or corrects an entry: stance, red line, summary, date and sources. */
public class PositionDialog extends EditDialog<PositionDraft> {

    final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>();
    final Checkbox redLine = new Checkbox(Messages.t("edit.position.red-line"));
    final TextArea summary = new TextArea(Messages.t("edit.position.summary"));
    final DatePicker asOf = new DatePicker(Messages.t("edit.position.as-of"));
    SourcesField sources;
    private final Saver saver;
    private long version;

    /** Stores the draft with the version the form was opened at. */
    interface Saver {
        void save(PositionDraft draft, long version);
    }

    private PositionDialog(String heading, PositionDraft initial, long version, Saver saver) {
        super(heading);
        this.saver = saver;
        this.version = version;
        setId("position-dialog");
        stance.setLabel(Messages.t("common.stance"));
        stance.setId("edit-stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Words::stance);
        stance.setRequired(true);
        summary.setId("edit-summary");
        summary.setRequired(true);
        summary.setMaxLength(DatasetRules.MAX_TEXT);
        summary.setWidthFull();
        summary.setMinHeight("6rem");
        asOf.setId("edit-as-of");
        Navigation.isoDates(asOf);
        asOf.setMax(LocalDate.now().plusDays(1));
        redLine.setId("edit-red-line");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(stance, asOf);
        form.add(redLine, 2);
        form.add(summary, 2);
        add(conflict, form);
        fill(initial);
        markSaved();
    }

    public static PositionDialog add(
            ReviewService review,
            String plan,
            String ref,
            String actorCode,
            String actorName,
            java.util.function.Consumer<org.redlines.positions.Submission<?>> saved) {
        PositionDraft empty = new PositionDraft(null, false, "", LocalDate.now(), List.of());
        return new PositionDialog(Messages.t("edit.position.new", actorName, ref), empty, 0, (draft, v) -> {
            saved.accept(review.addPosition(plan, ref, actorCode, draft));
        });
    }

    public static PositionDialog correct(
            CurationService curation,
            ReviewService review,
            long id,
            String actorName,
            java.util.function.Consumer<org.redlines.positions.Submission<?>> saved) {
        CurationService.PositionEdit edit = curation.positionForEdit(id);
        return new PositionDialog(
                Messages.t("edit.position.correct", actorName, edit.ref()),
                edit.draft(),
                edit.version(),
                (draft, v) -> {
                    saved.accept(review.correctPosition(id, v, draft));
                });
    }

    private void fill(PositionDraft d) {
        stance.setValue(d.stance());
        redLine.setValue(d.redLine());
        summary.setValue(d.summary() == null ? "" : d.summary());
        asOf.setValue(d.asOf());
        sources = sourcesField(sources, d.sources());
    }

    @Override
    PositionDraft current() {
        return new PositionDraft(
                stance.getValue(), redLine.getValue(), summary.getValue(), asOf.getValue(), sources.getValue());
    }

    @Override
    void store() {
        saver.save(current(), version);
    }

    @Override
    void showProblem(String field, String message) {
        switch (field) {
            case "stance" -> {
                stance.setErrorMessage(message);
                stance.setInvalid(true);
            }
            case "summary" -> {
                summary.setErrorMessage(message);
                summary.setInvalid(true);
            }
            case "asOf" -> {
                asOf.setErrorMessage(message);
                asOf.setInvalid(true);
            }
            default -> sources.setError(message);
        }
    }

    @Override
    void clearProblems() {
        stance.setInvalid(false);
        summary.setInvalid(false);
        asOf.setInvalid(false);
        sources.setError(null);
    }

    @Override
    void loadCurrent(Object current) {
        CurationService.PositionEdit edit = (CurationService.PositionEdit) current;
        version = edit.version();
        fill(edit.draft());
    }

    @Override
    String describe(Object current) {
        PositionDraft d = ((CurationService.PositionEdit) current).draft();
        return Words.stance(d.stance()) + (d.redLine() ? Messages.t("common.red-line-spoken") : "")
                + (d.asOf() == null ? "" : Messages.t("edit.position.describe.as-of", d.asOf())) + ": " + d.summary();
    }

    @Override
    String yourText() {
        return summary.getValue();
    }

    /** For tests that drive the form. */
    public RadioButtonGroup<Stance> stanceField() {
        return stance;
    }

    public TextArea summaryField() {
        return summary;
    }

    public com.vaadin.flow.component.button.Button saveButton() {
        return save;
    }
}
