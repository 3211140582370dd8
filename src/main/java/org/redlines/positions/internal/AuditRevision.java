package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.redlines.positions.RevisionInfo;

/**
 * One recorded change of the data: every entity written in one transaction shares it. Its number is what a
 * frozen link ({@code rev=N}) names.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "note", length = 500)
    private String note;

    protected AuditRevision() {}

    /** A revision written without Envers: the baseline of a database that held data before auditing began. */
    AuditRevision(long timestamp, String username, String note) {
        this.timestamp = timestamp;
        this.username = username;
        this.note = note;
    }

    public long getId() {
        return id;
    }

    public RevisionInfo info() {
        return new RevisionInfo(id, getChangedAt(), username, note);
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    /** A reviewed change is the author's: the reviewer who published it is named in the note. */
    public void attribute(String author, String note) {
        this.username = author;
        setNote(note);
    }

    void setUsername(String username) {
        this.username = username;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
