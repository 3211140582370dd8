package org.redlines;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for a path that names no view: it says so and leads to the matrix, never a stack trace. */
@Tag("main")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends com.vaadin.flow.component.html.Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("not-found");
        addClassName("rl-message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H1(getTranslation("error.not-found.heading")),
                new Paragraph(getTranslation(
                        "error.not-found.message", event.getLocation().getPath())),
                new Anchor("matrix", getTranslation("error.open-matrix")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
