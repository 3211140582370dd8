package org.redlines.positions.internal;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** Every entity carries an optimistic-lock version so that concurrent edits never overwrite each other. */
@Audited
@MappedSuperclass
public abstract class AbstractEntity {

    @Version
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }
}
