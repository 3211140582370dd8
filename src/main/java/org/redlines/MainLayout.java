package org.redlines;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.redlines.access.Role;
import org.redlines.i18n.LanguageSwitcher;
import org.redlines.routes.Routes;
import org.redlines.security.UserService;
import org.redlines.security.ui.ChangePasswordDialog;

/** The app shell: the product name, who is signed in, and the side navigation to every view they may open. */
@AnonymousAllowed
@Layout
public class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

    final Div account = new Div();
    private final AuthenticationContext auth;
    private final org.redlines.watch.WatchService watchService;
    private SideNavItem watchesItem;

    public MainLayout(
            AuthenticationContext auth,
            UserService users,
            org.redlines.watch.WatchService watchService,
            org.redlines.positions.ReviewService review) {
        this.auth = auth;
        this.watchService = watchService;
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("rl-brand");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        account.setId("account");
        account.addClassName("rl-account");
        if (auth.isAuthenticated()) {
            String user = auth.getPrincipalName().orElse("");
            Span signedIn = new Span(getTranslation("account.signed-in-as", user));
            signedIn.setId("signed-in-as");
            Button password =
                    new Button(getTranslation("common.password"), e -> new ChangePasswordDialog(users).open());
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            password.setId("change-password");
            // Someone signed in by the organisation's provider has no password here to change.
            // (getAuthenticatedUser casts rather than filters, so ask for any principal and test its type.)
            password.setVisible(auth.getAuthenticatedUser(Object.class)
                    .filter(p -> p instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser)
                    .isEmpty());
            Button signOut = new Button(getTranslation("account.sign-out"), e -> auth.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(signedIn, password, signOut);
        } else {
            Anchor signIn =
                    new Anchor(org.redlines.i18n.LanguageChoice.keep(Routes.LOGIN), getTranslation("account.sign-in"));
            signIn.setId("sign-in");
            signIn.getElement().setAttribute("router-ignore", true);
            account.add(signIn);
        }
        addToNavbar(toggle, name, account, new LanguageSwitcher());

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(
                new SideNavItem(getTranslation("common.red-lines-matrix"), Routes.MATRIX, VaadinIcon.TABLE.create()),
                new SideNavItem(getTranslation("nav.compare-actors"), Routes.COMPARE_ACTORS, VaadinIcon.SCALE.create()),
                new SideNavItem(getTranslation("nav.compare-plans"), Routes.COMPARE_PLANS, VaadinIcon.COPY_O.create()),
                new SideNavItem(getTranslation("nav.changes"), Routes.CHANGES, VaadinIcon.CALENDAR_CLOCK.create()),
                new SideNavItem(getTranslation("nav.events"), Routes.EVENTS, VaadinIcon.CALENDAR.create()),
                new SideNavItem(getTranslation("common.charts"), Routes.CHARTS, VaadinIcon.BAR_CHART.create()),
                new SideNavItem(getTranslation("nav.releases"), Routes.RELEASES, VaadinIcon.ARCHIVE.create()));
        if (auth.isAuthenticated()) {
            SideNavItem watches =
                    new SideNavItem(getTranslation("watch.mine"), Routes.WATCHES, VaadinIcon.BELL.create());
            watches.setId("nav-watches");
            nav.addItem(watches);
            watchesItem = watches;
            SideNavItem tokens = new SideNavItem(getTranslation("token.title"), Routes.TOKENS, VaadinIcon.KEY.create());
            tokens.setId("nav-tokens");
            nav.addItem(tokens);
        }
        if (auth.hasRole(Role.ANALYST.name()) && review.required()) {
            long waiting = review.pendingCount();
            SideNavItem reviewItem = new SideNavItem(
                    waiting == 0 ? getTranslation("review.title") : getTranslation("review.nav-count", waiting),
                    Routes.REVIEW,
                    VaadinIcon.CHECK_SQUARE_O.create());
            reviewItem.setId("nav-review");
            nav.addItem(reviewItem);
        }
        if (auth.hasRole(Role.ADMIN.name())) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.manage"), Routes.MANAGE, VaadinIcon.COG.create()),
                    new SideNavItem(getTranslation("common.audit-log"), Routes.AUDIT, VaadinIcon.RECORDS.create()),
                    new SideNavItem(getTranslation("nav.import"), Routes.IMPORT, VaadinIcon.UPLOAD.create()),
                    new SideNavItem(getTranslation("common.users"), Routes.USERS, VaadinIcon.USERS.create()),
                    new SideNavItem(getTranslation("nav.webhooks"), Routes.WEBHOOKS, VaadinIcon.CONNECT.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    /**
     * After each navigation (a watched view just opened counts as seen), the number of moves in the user's watched
     * views that they have not seen yet, beside "My watches".
     */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        if (watchesItem == null || !auth.isAuthenticated()) {
            return;
        }
        int unseen = watchService.unseen().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (unseen == 0) {
            watchesItem.setSuffixComponent(null);
            return;
        }
        Span count = new Span(String.valueOf(unseen));
        count.setId("nav-watches-unseen");
        count.addClassName("rl-nav-count");
        count.getElement().setAttribute("aria-label", getTranslation("watch.unseen", unseen));
        count.getElement().setAttribute("title", getTranslation("watch.unseen", unseen));
        watchesItem.setSuffixComponent(count);
    }

    /**
     * The live page has arrived: the server-rendered first view (module share), hidden by CSS from this moment,
     * leaves the page, so that only one copy of the view is there for readers, assistive technology and tests.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs("document.getElementById('rl-first')?.remove()");
    }
}
