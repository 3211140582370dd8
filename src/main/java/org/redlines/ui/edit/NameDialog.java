package org.redlines.ui.edit;

import com.vaadin.flow.component.textfield.TextField;
import org.redlines.dataset.DatasetRules;
import org.redlines.i18n.Messages;
import org.redlines.positions.CurationService;

/** Renames a party or a topic; its code, which links use, stays. */
public class NameDialog extends EditDialog<String> {

    /** Saves the name with the version the form was opened at. */
    public interface Renamer {
        void rename(String code, long version, String name);
    }

    final TextField name = new TextField(Messages.t("common.name"));
    private final Renamer renamer;
    private final Runnable saved;
    private CurationService.NamedEdit edit;

    public NameDialog(String heading, CurationService.NamedEdit edit, Renamer renamer, Runnable saved) {
        super(heading);
        this.renamer = renamer;
        this.saved = saved;
        this.edit = edit;
        setId("name-dialog");
        name.setId("edit-name");
        name.setRequired(true);
        name.setMaxLength(DatasetRules.MAX_NAME);
        name.setWidthFull();
        name.setHelperText(Messages.t("edit.name.helper", edit.code()));
        name.setValue(edit.name());
        add(conflict, name);
        markSaved();
    }

    @Override
    String current() {
        return name.getValue();
    }

    @Override
    void store() {
        renamer.rename(edit.code(), edit.version(), name.getValue());
        saved.run();
    }

    @Override
    void showProblem(String field, String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }

    @Override
    void clearProblems() {
        name.setInvalid(false);
    }

    @Override
    void loadCurrent(Object current) {
        edit = (CurationService.NamedEdit) current;
        name.setValue(edit.name());
    }

    @Override
    String describe(Object current) {
        return ((CurationService.NamedEdit) current).name();
    }

    @Override
    String yourText() {
        return name.getValue();
    }
}
