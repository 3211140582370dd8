package org.redlines;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import org.redlines.positions.Links;

/** The app shell: the product name, and the side navigation to every view. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span name = new Span("Redlines");
        name.addClassName("rl-brand");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        addToNavbar(toggle, name);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.setLabel("Views");
        nav.addItem(new SideNavItem("Red-lines matrix", Links.MATRIX, VaadinIcon.TABLE.create()),
                new SideNavItem("Party vs party", Links.COMPARE_ACTORS, VaadinIcon.SCALE.create()),
                new SideNavItem("Plan versions", Links.COMPARE_PLANS, VaadinIcon.COPY_O.create()),
                new SideNavItem("What moved", Links.CHANGES, VaadinIcon.CALENDAR_CLOCK.create()),
                new SideNavItem("Charts", Links.CHARTS, VaadinIcon.BAR_CHART.create()));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
