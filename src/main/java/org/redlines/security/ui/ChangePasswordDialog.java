package org.redlines.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.redlines.security.AccountException;
import org.redlines.security.UserService;

/** Changing one's own password: the current one, then the new one twice. */
public class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save = new Button("Change password");

    public ChangePasswordDialog(UserService users) {
        setHeaderTitle("Change your password");
        replacement.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        VerticalLayout fields = new VerticalLayout(current, replacement, repeat);
        fields.setPadding(false);
        add(fields);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            repeat.setInvalid(false);
            if (!replacement.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), replacement.getValue());
                Notification.show("Your password is changed.");
                close();
            } catch (AccountException ex) {
                PasswordField field = ex.getMessage().contains("current") ? current : replacement;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
