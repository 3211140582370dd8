package org.redlines.share;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Puts the first view into Vaadin's bootstrap page, so that the first answer already shows what the view will
 * show; the live view takes its place when it attaches (the first view's rules hide it once the outlet holds
 * anything else). In production mode the app's stylesheets and client start after the first view is painted
 * (ADR 26); the development server's scripts are left as Vaadin writes them.
 */
@Component
class FirstResponse implements VaadinServiceInitListener {

    private final FirstViews views;

    FirstResponse(FirstViews views) {
        this.views = views;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
                return;
            }
            FirstPage.icons(response.getDocument(), request.getContextPath());
            String path = request.getPathInfo();
            if (!FirstViews.isView(path)) {
                return;
            }
            boolean written = views.fill(
                    response.getDocument(),
                    path,
                    request.getParameterMap(),
                    FirstViews.origin(request.getHttpServletRequest()));
            if (written && request.getService().getDeploymentConfiguration().isProductionMode()) {
                FirstPage.deferClient(response.getDocument());
            }
        });
    }
}
