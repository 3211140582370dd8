package org.redlines.ui;

import java.util.List;
import org.redlines.positions.MatrixService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the Share menus need from the configuration and the data: whether any site may frame the embeds (the
 * snippet is offered only then), the newest revision, which a frozen link made now names, and watching.
 */
@Component
public class ShareSettings {

    private final boolean embedsFramable;
    private final MatrixService matrices;
    private final org.redlines.watch.WatchService watches;
    private final com.vaadin.flow.spring.security.AuthenticationContext auth;

    ShareSettings(
            @Value("${redlines.embed.allowed-origins:}") List<String> allowedOrigins,
            MatrixService matrices,
            org.redlines.watch.WatchService watches,
            com.vaadin.flow.spring.security.AuthenticationContext auth) {
        this.embedsFramable = allowedOrigins.stream().anyMatch(o -> !o.isBlank());
        this.matrices = matrices;
        this.watches = watches;
        this.auth = auth;
    }

    /** Watching the views whose Share button stands alone (the matrix has its own Watch toggle). */
    public org.redlines.watch.WatchService watches() {
        return watches;
    }

    public boolean signedIn() {
        return auth.isAuthenticated();
    }

    public boolean embedsFramable() {
        return embedsFramable;
    }

    public long latestRevision() {
        return matrices.latestRevision();
    }
}
