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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.redlines.security.AccountException;
import org.redlines.security.Role;
import org.redlines.security.UserInfo;
import org.redlines.security.UserService;

/** Administrators add users, give them a role, disable them or set a new password. */
@Route("users")
@PageTitle("Users · Redlines")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    final Grid<UserInfo> grid = new Grid<>();
    final Button add = new Button("Add user");
    private final UserService users;

    public UsersView(UserService users) {
        this.users = users;
        grid.setId("users");
        grid.addColumn(UserInfo::username).setHeader("User").setKey("username");
        grid.addColumn(u -> u.role().name().toLowerCase()).setHeader("Role").setKey("role");
        grid.addColumn(u -> u.enabled() ? "yes" : "no").setHeader("Can sign in").setKey("enabled");
        grid.addComponentColumn(u -> new Button("Edit", e -> edit(u))).setHeader("").setKey("edit");
        grid.setAllRowsVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        add.addClickListener(e -> edit(null));
        add(new H2("Users"), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    void edit(UserInfo user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(user == null ? "Add a user" : "Edit " + user.username());
        TextField name = new TextField("User name");
        name.setId("user-name");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> switch (r) {
            case VIEWER -> "Viewer: reads";
            case ANALYST -> "Analyst: edits positions, points and sources";
            case ADMIN -> "Administrator: also plans, parties, topics, users and imports";
        });
        Checkbox enabled = new Checkbox("Can sign in", true);
        PasswordField password = new PasswordField(user == null ? "Password" : "New password (leave empty to keep)");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        password.setId("user-password");
        if (user == null) {
            role.setValue(Role.VIEWER);
        } else {
            name.setValue(user.username());
            name.setReadOnly(true);
            role.setValue(user.role());
            enabled.setValue(user.enabled());
        }
        Button save = new Button("Save", e -> {
            try {
                if (user == null) {
                    users.create(name.getValue(), password.getValue(), role.getValue());
                } else {
                    users.update(user.id(), user.version(), role.getValue(), enabled.getValue(), password.getValue());
                }
                Notification.show("Saved.");
                dialog.close();
                refresh();
            } catch (AccountException ex) {
                TextField target = ex.getMessage().startsWith("A user name") || ex.getMessage().startsWith("There is")
                        ? name : null;
                if (target != null) {
                    target.setErrorMessage(ex.getMessage());
                    target.setInvalid(true);
                } else if (ex.getMessage().startsWith("A password")) {
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
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
