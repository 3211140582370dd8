package org.redlines;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;

/** The app shell: the product name and the main navigation above every view. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span name = new Span("Redlines");
        name.addClassName("rl-brand");
        Anchor matrix = new Anchor("matrix", "Matrix");
        matrix.addClassName("rl-nav-link");
        Div bar = new Div(name, matrix);
        bar.addClassName("rl-navbar");
        addToNavbar(bar);
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
    }
}
