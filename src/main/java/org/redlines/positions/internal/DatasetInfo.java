package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The dataset's title and description: one row, kept so that an export gives back what was imported. */
@Audited
@Entity
@Table(name = "dataset_info")
public class DatasetInfo extends AbstractEntity {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 8000)
    private String description;

    protected DatasetInfo() {}

    public DatasetInfo(String title, String description) {
        this.id = ID;
        this.title = title;
        this.description = description;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public void update(String newTitle, String newDescription) {
        this.title = newTitle;
        this.description = newDescription;
    }
}
