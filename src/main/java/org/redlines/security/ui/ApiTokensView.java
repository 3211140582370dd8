package org.redlines.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.routes.Routes;
import org.redlines.security.AccountException;
import org.redlines.security.ApiTokenInfo;
import org.redlines.security.ApiTokenService;

/**
 * "API tokens": make a personal token for scripts (a name, read or read-and-write, an expiry), see it once, list
 * one's tokens with their last use, and revoke them. Viewers are offered reading only.
 */
@Route(Routes.TOKENS)
@PermitAll
public class ApiTokensView extends Div implements HasDynamicTitle {

    final TextField name = new TextField(Messages.t("token.name"));
    final Select<ApiTokenInfo.Scope> scope = new Select<>();
    final Select<Integer> days = new Select<>();
    final Button create = new Button(Messages.t("token.create"));
    final TextField shown = new TextField(Messages.t("token.shown"));
    final Paragraph message = new Paragraph();
    final Grid<ApiTokenInfo> list = new Grid<>();
    final Paragraph none = new Paragraph(Messages.t("token.none"));

    private final ApiTokenService tokens;

    ApiTokensView(ApiTokenService tokens, AuthenticationContext auth) {
        this.tokens = tokens;
        addClassName("rl-page");
        name.setId("token-name");
        scope.setId("token-scope");
        scope.setLabel(Messages.t("token.scope"));
        boolean writer = auth.hasRole(Role.ANALYST.name());
        scope.setItems(writer ? List.of(ApiTokenInfo.Scope.values()) : List.of(ApiTokenInfo.Scope.READ));
        scope.setItemLabelGenerator(s -> Messages.t("token.scope." + s.name().toLowerCase(Locale.ROOT)));
        scope.setValue(ApiTokenInfo.Scope.READ);
        days.setId("token-days");
        days.setLabel(Messages.t("token.expiry"));
        days.setItems(30, 90, 365);
        days.setItemLabelGenerator(d -> Messages.t("token.days", d));
        days.setValue(90);
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        shown.setId("token-shown");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        message.setId("token-message");
        message.getElement().setAttribute("role", "status");
        HorizontalLayout form = new HorizontalLayout(name, scope, days, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        list.setId("tokens");
        list.setAllRowsVisible(true);
        list.addColumn(ApiTokenInfo::name).setHeader(Messages.t("token.name")).setAutoWidth(true);
        list.addColumn(t -> Messages.t("token.scope." + t.scope().name().toLowerCase(Locale.ROOT)))
                .setHeader(Messages.t("token.scope"))
                .setAutoWidth(true);
        list.addColumn(t -> Messages.timestamp(t.createdAt())).setHeader(Messages.t("token.created"));
        list.addColumn(t -> t.revoked() ? Messages.t("token.revoked") : Messages.timestamp(t.expiresAt()))
                .setHeader(Messages.t("token.expires"));
        list.addColumn(t -> t.lastUsedAt() == null ? Messages.t("token.never") : Messages.timestamp(t.lastUsedAt()))
                .setHeader(Messages.t("token.last-used"));
        list.addComponentColumn(t -> {
                    Button revoke = new Button(Messages.t("token.revoke"), e -> {
                        tokens.revoke(t.id());
                        show();
                    });
                    revoke.addClassName("rl-token-revoke");
                    revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    revoke.setEnabled(!t.revoked());
                    return revoke;
                })
                .setAutoWidth(true);

        none.setId("no-tokens");
        add(
                new H1(Messages.t("token.title")),
                new Paragraph(Messages.t("token.intro")),
                form,
                message,
                shown,
                none,
                list);
        show();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("token.page-title");
    }

    private void create() {
        try {
            ApiTokenService.Created created =
                    tokens.create(name.getValue(), scope.getValue(), Duration.ofDays(days.getValue()));
            shown.setValue(created.text());
            shown.setVisible(true);
            message.setText(Messages.t("token.created-once", created.token().name()));
            name.clear();
            name.setInvalid(false);
        } catch (AccountException e) {
            name.setInvalid(true);
            name.setErrorMessage(e.getMessage());
        }
        show();
    }

    private void show() {
        List<ApiTokenInfo> mine = tokens.mine();
        list.setItems(mine);
        list.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }
}
