package org.redlines.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.redlines.security.LoginAttempts;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Signing in. Reading may not need it; editing always does. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in · Redlines")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "login";

    final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Redlines");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage("The user name or password is not right, or the account is disabled.");
        form.setI18n(i18n);
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        Paragraph help = new Paragraph("Analysts and administrators sign in to edit. Ask an administrator for an account.");
        help.addClassName("rl-muted");
        com.vaadin.flow.component.html.Anchor read = new com.vaadin.flow.component.html.Anchor("matrix",
                "Read the matrix without signing in");
        read.setId("read-without-signing-in");
        add(new H1("Redlines"), form, help, read);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Object cause = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Redlines");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage(cause instanceof LockedException
                ? "Too many attempts for this user name: signing in is paused for " + LoginAttempts.PAUSE.toMinutes()
                        + " minutes. Try again after that."
                : "The user name or password is not right, or the account is disabled.");
        form.setI18n(i18n);
        form.setError(error);
    }
}
