package org.redlines.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.redlines.access.Role;
import org.redlines.routes.Routes;
import org.redlines.security.AccountException;
import org.redlines.security.UserInfo;
import org.redlines.security.UserService;

/** Administrators add users, give them a role, disable them or set a new password. */
@Route(Routes.USERS)
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserInfo> grid = new Grid<>();
    final Button add = new Button(getTranslation("users.add"));
    private final UserService users;

    public UsersView(UserService users) {
        this.users = users;
        grid.setId("users");
        grid.addColumn(UserInfo::username)
                .setHeader(getTranslation("common.user"))
                .setKey("username");
        grid.addColumn(u -> roleName(u.role()))
                .setHeader(getTranslation("common.role"))
                .setKey("role");
        grid.addColumn(u -> u.enabled() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("common.can-sign-in"))
                .setKey("enabled");
        grid.addComponentColumn(u -> new Button(getTranslation("common.edit"), e -> edit(u)))
                .setHeader("")
                .setKey("edit");
        grid.setAllRowsVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        add.addClickListener(e -> edit(null));
        add(new H2(getTranslation("common.users")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    void edit(UserInfo user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                user == null
                        ? getTranslation("users.dialog.add")
                        : getTranslation("users.dialog.edit", user.username()));
        TextField name = new TextField(getTranslation("users.field.name"));
        name.setId("user-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("common.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> switch (r) {
            case VIEWER -> getTranslation("users.role-choice.viewer");
            case ANALYST -> getTranslation("users.role-choice.analyst");
            case ADMIN -> getTranslation("users.role-choice.admin");
        });
        Checkbox enabled = new Checkbox(getTranslation("common.can-sign-in"), true);
        PasswordField password = new PasswordField(
                user == null ? getTranslation("common.password") : getTranslation("users.field.new-password"));
        password.setHelperText(getTranslation("password.helper", UserService.MIN_PASSWORD_LENGTH));
        password.setId("user-password");
        if (user == null) {
            role.setValue(Role.VIEWER);
        } else {
            name.setValue(user.username());
            name.setReadOnly(true);
            role.setValue(user.role());
            enabled.setValue(user.enabled());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                if (user == null) {
                    users.create(name.getValue(), password.getValue(), role.getValue());
                } else {
                    users.update(user.id(), user.version(), role.getValue(), enabled.getValue(), password.getValue());
                }
                Notification.show(getTranslation("users.saved"));
                dialog.close();
                refresh();
            } catch (AccountException ex) {
                if (ex.field() == AccountException.Field.USERNAME) {
                    name.setErrorMessage(ex.getMessage());
                    name.setInvalid(true);
                } else if (ex.field() == AccountException.Field.PASSWORD) {
                    password.setErrorMessage(ex.getMessage());
                    password.setInvalid(true);
                } else {
                    Notification.show(ex.getMessage());
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        VerticalLayout fields = new VerticalLayout(name, role, password);
        if (user != null) {
            fields.add(enabled);
        }
        fields.setPadding(false);
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String roleName(Role role) {
        return switch (role) {
            case VIEWER -> getTranslation("users.role.viewer");
            case ANALYST -> getTranslation("users.role.analyst");
            case ADMIN -> getTranslation("users.role.admin");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
