package org.redlines.ui;

import java.util.List;
import org.redlines.positions.MatrixService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the Share menus need from the configuration and the data: whether any site may frame the embeds (the
 * snippet is offered only then) and the newest revision, which a frozen link made now names.
 */
@Component
public class ShareSettings {

    private final boolean embedsFramable;
    private final MatrixService matrices;

    ShareSettings(@Value("${redlines.embed.allowed-origins:}") List<String> allowedOrigins, MatrixService matrices) {
        this.embedsFramable = allowedOrigins.stream().anyMatch(o -> !o.isBlank());
        this.matrices = matrices;
    }

    public boolean embedsFramable() {
        return embedsFramable;
    }

    public long latestRevision() {
        return matrices.latestRevision();
    }
}
