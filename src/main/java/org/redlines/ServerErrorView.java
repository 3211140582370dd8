package org.redlines;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.redlines.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user sees when a view fails unexpectedly: a plain message and a reference that operators find in the
 * log beside the full exception. The exception's text never reaches the page.
 */
@Tag("main")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        setId("server-error");
        addClassName("rl-message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (org.redlines.positions.Outages.isDatabaseOutage(parameter.getCaughtException())) {
            log.warn(
                    "The database cannot be reached while opening /{}: {}",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            removeAll();
            add(
                    new H1(getTranslation("error.database.heading")),
                    new Paragraph(Messages.t("error.database.message")),
                    new Anchor(
                            event.getLocation().getPathWithQueryParameters(), getTranslation("error.database.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Error {} while opening /{}",
                reference,
                event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        removeAll();
        add(
                new H1(getTranslation("error.server.heading")),
                new Paragraph(getTranslation("error.server.message", reference)),
                new Anchor("matrix", getTranslation("error.open-matrix")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
