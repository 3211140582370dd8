package org.redlines.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.redlines.security.AccountException;
import org.redlines.security.UserService;
import org.springframework.modulith.NamedInterface;

/** Changing one's own password: the current one, then the new one twice. */
@NamedInterface("account")
public class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField(getTranslation("password.current"));
    final PasswordField replacement = new PasswordField(getTranslation("password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
    final Button save = new Button(getTranslation("password.save"));

    public ChangePasswordDialog(UserService users) {
        setHeaderTitle(getTranslation("password.dialog-title"));
        replacement.setHelperText(getTranslation("password.helper", UserService.MIN_PASSWORD_LENGTH));
        VerticalLayout fields = new VerticalLayout(current, replacement, repeat);
        fields.setPadding(false);
        add(fields);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            repeat.setInvalid(false);
            if (!replacement.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.differ"));
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), replacement.getValue());
                Notification.show(getTranslation("password.changed"));
                close();
            } catch (AccountException ex) {
                PasswordField field = ex.field() == AccountException.Field.CURRENT_PASSWORD ? current : replacement;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
