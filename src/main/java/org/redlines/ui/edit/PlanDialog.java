package org.redlines.ui.edit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.redlines.dataset.DatasetRules;
import org.redlines.i18n.Messages;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PlanDraft;
import org.redlines.positions.PlanInfo;
import org.redlines.ui.Navigation;

/** Edits a plan's title, date, origin and summary, or adds a new plan, optionally based on an earlier one. */
public class PlanDialog extends EditDialog<PlanDraft> {

    final TextField code = new TextField(Messages.t("common.code"));
    final TextField title = new TextField(Messages.t("common.title"));
    final DatePicker date = new DatePicker(Messages.t("common.date"));
    final TextArea origin = new TextArea(Messages.t("edit.plan.origin"));
    final TextArea summary = new TextArea(Messages.t("edit.plan.summary"));
    final Select<String> basedOn = new Select<>();
    private final CurationService curation;
    private final boolean adding;
    private final Runnable saved;
    private long version;

    private PlanDialog(String heading, CurationService curation, boolean adding, List<PlanInfo> plans, Runnable saved) {
        super(heading);
        this.curation = curation;
        this.adding = adding;
        this.saved = saved;
        setId("plan-dialog");
        code.setId("edit-code");
        code.setRequired(true);
        code.setMaxLength(32);
        code.setReadOnly(!adding);
        code.setHelperText(adding ? Messages.t("edit.plan.code.helper") : "");
        title.setId("edit-title");
        title.setRequired(true);
        title.setMaxLength(DatasetRules.MAX_TITLE);
        date.setId("edit-date");
        Navigation.isoDates(date);
        origin.setMaxLength(4000);
        summary.setMaxLength(DatasetRules.MAX_TEXT);
        basedOn.setLabel(Messages.t("edit.plan.based-on"));
        basedOn.setItems(plans.stream().map(PlanInfo::code).toList());
        basedOn.setItemLabelGenerator(c -> c == null
                ? Messages.t("edit.plan.no-base")
                : plans.stream()
                        .filter(p -> p.code().equals(c))
                        .findFirst()
                        .map(p -> p.code() + ": " + p.title())
                        .orElse(c));
        basedOn.setEmptySelectionAllowed(true);
        basedOn.setEmptySelectionCaption(Messages.t("edit.plan.no-base"));
        basedOn.setHelperText(Messages.t("edit.plan.based-on.helper"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(code, date);
        form.add(title, 2);
        form.add(origin, 2);
        form.add(summary, 2);
        if (adding) {
            form.add(basedOn, 2);
        }
        add(conflict, form);
    }

    public static PlanDialog add(CurationService curation, List<PlanInfo> plans, Runnable saved) {
        PlanDialog d = new PlanDialog(Messages.t("common.new-plan"), curation, true, plans, saved);
        d.markSaved();
        return d;
    }

    public static PlanDialog edit(CurationService curation, String planCode, Runnable saved) {
        PlanDialog d = new PlanDialog(Messages.t("edit.plan.edit", planCode), curation, false, List.of(), saved);
        d.fill(curation.planForEdit(planCode));
        d.markSaved();
        return d;
    }

    private void fill(CurationService.PlanEdit edit) {
        version = edit.version();
        PlanDraft p = edit.draft();
        code.setValue(p.code());
        title.setValue(p.title());
        date.setValue(p.date());
        origin.setValue(p.origin() == null ? "" : p.origin());
        summary.setValue(p.summary() == null ? "" : p.summary());
    }

    @Override
    PlanDraft current() {
        return new PlanDraft(code.getValue(), title.getValue(), date.getValue(), origin.getValue(), summary.getValue());
    }

    @Override
    void store() {
        if (adding) {
            curation.addPlan(current(), basedOn.getValue());
        } else {
            curation.editPlan(code.getValue(), version, current());
        }
        saved.run();
    }

    @Override
    void showProblem(String field, String message) {
        switch (field) {
            case "code" -> {
                code.setErrorMessage(message);
                code.setInvalid(true);
            }
            case "date" -> {
                date.setErrorMessage(message);
                date.setInvalid(true);
            }
            case "origin" -> {
                origin.setErrorMessage(message);
                origin.setInvalid(true);
            }
            case "summary" -> {
                summary.setErrorMessage(message);
                summary.setInvalid(true);
            }
            default -> {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
        }
    }

    @Override
    void clearProblems() {
        code.setInvalid(false);
        title.setInvalid(false);
        date.setInvalid(false);
        origin.setInvalid(false);
        summary.setInvalid(false);
    }

    @Override
    void loadCurrent(Object current) {
        fill((CurationService.PlanEdit) current);
    }

    @Override
    String describe(Object current) {
        PlanDraft p = ((CurationService.PlanEdit) current).draft();
        return p.title() + " (" + (p.date() == null ? null : Messages.date(p.date())) + ")";
    }

    @Override
    String yourText() {
        return title.getValue() + "\n\n" + origin.getValue() + "\n\n" + summary.getValue();
    }
}
