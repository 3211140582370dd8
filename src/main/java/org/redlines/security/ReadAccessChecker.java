package org.redlines.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.redlines.security.ui.LoginView;

/** Denies anonymous users every view but the login page when reading requires a login; otherwise no opinion. */
class ReadAccessChecker implements NavigationAccessChecker {

    private final boolean readRequiresLogin;

    ReadAccessChecker(boolean readRequiresLogin) {
        this.readRequiresLogin = readRequiresLogin;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (readRequiresLogin && context.getPrincipal() == null
                && !LoginView.class.equals(context.getNavigationTarget())) {
            return context.deny("Reading requires a login");
        }
        return context.neutral();
    }
}
