package org.redlines.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.redlines.routes.Routes;
import org.redlines.security.LoginAttempts;
import org.redlines.security.SignInOptions;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Signing in. Reading may not need it; editing always does. */
@Route(value = Routes.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();

    public LoginView(SignInOptions options) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setI18n(i18n(false));
        form.setAction(Routes.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassName("rl-muted");
        com.vaadin.flow.component.html.Anchor read =
                new com.vaadin.flow.component.html.Anchor("matrix", getTranslation("login.read-without-signing-in"));
        read.setId("read-without-signing-in");
        add(new H1(getTranslation("app.name")));
        if (options.sso()) {
            // A whole page load: the provider's sign-in is not a route of this app.
            com.vaadin.flow.component.html.Anchor sso = new com.vaadin.flow.component.html.Anchor(
                    options.ssoStart(), getTranslation("login.sso", options.providerName()));
            sso.setRouterIgnore(true);
            sso.setId("sign-in-sso");
            sso.addClassName("rl-sso");
            add(sso);
        }
        if (options.localAccounts()) {
            add(form, help);
        }
        add(read);
    }

    /** The form's texts in the user's language; {@code locked} explains a paused user name instead. */
    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("common.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(
                locked
                        ? getTranslation("login.error.paused", LoginAttempts.PAUSE.toMinutes())
                        : getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Object cause =
                VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null
                        ? null
                        : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        form.setI18n(i18n(cause instanceof LockedException));
        form.setError(error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
