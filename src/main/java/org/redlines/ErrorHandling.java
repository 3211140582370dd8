package org.redlines;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.redlines.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * An action that fails shows a message, never a stack trace: a refused write says which role it needs, anything
 * else gets a reference that the log has too.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = error.getThrowable();
                    while (cause.getCause() != null
                            && !(cause instanceof AccessDeniedException)
                            && !(cause instanceof AuthenticationException)) {
                        cause = cause.getCause();
                    }
                    String message;
                    if (org.redlines.positions.Outages.isDatabaseOutage(error.getThrowable())) {
                        log.warn(
                                "The database cannot be reached during a user action: {}",
                                error.getThrowable().toString());
                        message = Messages.t("error.database.message");
                    } else if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                        log.info("Refused an action without the role for it: {}", cause.getMessage());
                        message = Messages.t("error.action.not-allowed");
                    } else {
                        String reference = UUID.randomUUID().toString().substring(0, 8);
                        log.error("Error {} in a user action", reference, error.getThrowable());
                        message = Messages.t("error.action.failed", reference);
                    }
                    if (UI.getCurrent() != null) {
                        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
                        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }
}
