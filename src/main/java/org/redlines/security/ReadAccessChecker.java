package org.redlines.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.redlines.security.ui.LoginView;

/**
 * The views' access annotations, except that anonymous users get only the login page when reading requires a
 * login. One checker, so that its answer never contradicts another checker's.
 */
class ReadAccessChecker implements NavigationAccessChecker {

    private final boolean readRequiresLogin;
    private final AnnotatedViewAccessChecker annotations = new AnnotatedViewAccessChecker();

    ReadAccessChecker(boolean readRequiresLogin) {
        this.readRequiresLogin = readRequiresLogin;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (readRequiresLogin
                && context.getPrincipal() == null
                && !LoginView.class.equals(context.getNavigationTarget())) {
            return context.deny("Reading requires a login");
        }
        return annotations.check(context);
    }
}
