package org.redlines.ui.edit;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.redlines.dataset.DatasetRules;
import org.redlines.i18n.Messages;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PointDraft;
import org.redlines.positions.ReviewService;
import org.redlines.positions.TopicInfo;

/** Corrects a point's text: title, summary, topic, note and the sources of the text. */
public class PointDialog extends EditDialog<PointDraft> {

    final TextField title = new TextField(Messages.t("common.title"));
    final TextArea summary = new TextArea(Messages.t("edit.field.summary"));
    final Select<String> topic = new Select<>();
    final TextArea note = new TextArea(Messages.t("edit.point.note"));
    SourcesField sources;
    private final CurationService curation;
    private final String plan;
    private final String ref;
    private final ReviewService review;
    private final java.util.function.Consumer<org.redlines.positions.Submission<?>> saved;
    private long version;

    public PointDialog(
            CurationService curation,
            ReviewService review,
            String plan,
            String ref,
            List<TopicInfo> topics,
            java.util.function.Consumer<org.redlines.positions.Submission<?>> saved) {
        super(Messages.t("edit.point.heading", ref, plan));
        this.curation = curation;
        this.plan = plan;
        this.ref = ref;
        this.review = review;
        this.saved = saved;
        setId("point-dialog");
        title.setId("edit-title");
        title.setRequired(true);
        title.setMaxLength(DatasetRules.MAX_TITLE);
        summary.setId("edit-summary");
        summary.setRequired(true);
        summary.setMaxLength(DatasetRules.MAX_TEXT);
        note.setMaxLength(DatasetRules.MAX_TEXT);
        topic.setLabel(Messages.t("common.topic"));
        topic.setItems(topics.stream().map(TopicInfo::code).toList());
        topic.setItemLabelGenerator(c -> topics.stream()
                .filter(t -> t.code().equals(c))
                .findFirst()
                .map(TopicInfo::name)
                .orElse(c));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(title, topic, summary, note);
        add(conflict, form);
        CurationService.PointEdit edit = curation.pointForEdit(plan, ref);
        fill(edit);
        markSaved();
    }

    private void fill(CurationService.PointEdit edit) {
        version = edit.version();
        PointDraft d = edit.draft();
        title.setValue(d.title());
        summary.setValue(d.summary());
        topic.setValue(d.topicCode());
        note.setValue(d.note() == null ? "" : d.note());
        sources = sourcesField(sources, d.sources());
    }

    @Override
    PointDraft current() {
        return new PointDraft(
                title.getValue(),
                summary.getValue(),
                topic.getValue(),
                note.getValue().isBlank() ? null : note.getValue(),
                sources.getValue());
    }

    @Override
    void store() {
        saved.accept(review.editPoint(plan, ref, version, current()));
    }

    @Override
    void showProblem(String field, String message) {
        switch (field) {
            case "title" -> {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            case "summary" -> {
                summary.setErrorMessage(message);
                summary.setInvalid(true);
            }
            case "topic" -> {
                topic.setErrorMessage(message);
                topic.setInvalid(true);
            }
            case "note" -> {
                note.setErrorMessage(message);
                note.setInvalid(true);
            }
            default -> sources.setError(message);
        }
    }

    @Override
    void clearProblems() {
        title.setInvalid(false);
        summary.setInvalid(false);
        topic.setInvalid(false);
        note.setInvalid(false);
        sources.setError(null);
    }

    @Override
    void loadCurrent(Object current) {
        fill((CurationService.PointEdit) current);
    }

    @Override
    String describe(Object current) {
        PointDraft d = ((CurationService.PointEdit) current).draft();
        return d.title() + ": " + d.summary();
    }

    @Override
    String yourText() {
        return title.getValue() + "\n\n" + summary.getValue()
                + (note.getValue().isBlank() ? "" : "\n\n" + note.getValue());
    }
}
