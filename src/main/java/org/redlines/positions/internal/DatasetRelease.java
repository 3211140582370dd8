package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A published release of the dataset: a name, notes and the revision it freezes; never changed afterwards. */
@Entity
@Immutable
@Table(name = "dataset_release")
public class DatasetRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dataset_release_seq")
    @SequenceGenerator(name = "dataset_release_seq", sequenceName = "dataset_release_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(length = 4000)
    private String notes;

    @Column(nullable = false)
    private long revision;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    protected DatasetRelease() {}

    public DatasetRelease(String name, String notes, long revision, Instant publishedAt, String publishedBy) {
        this.name = name;
        this.notes = notes;
        this.revision = revision;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNotes() {
        return notes;
    }

    public long getRevision() {
        return revision;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
