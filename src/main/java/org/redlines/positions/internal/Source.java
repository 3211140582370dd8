package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A publication that supports a plan text, a point or a position; shared by every entry that cites it. */
@Audited
@Entity
@Table(name = "source")
public class Source extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 500)
    private String publisher;

    @Column(length = 1000)
    private String title;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "source_date")
    private LocalDate date;

    /** The Admiralty grade ({@code B2}), or null when ungraded. */
    @Column(length = 2)
    private String grade;

    protected Source() {}

    public Source(String publisher, String title, String url, LocalDate date, String grade) {
        this.publisher = publisher;
        this.title = title;
        this.url = url;
        this.date = date;
        this.grade = grade;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getGrade() {
        return grade;
    }

    public void edit(String newPublisher, String newTitle, String newUrl, LocalDate newDate) {
        this.publisher = newPublisher;
        this.title = newTitle;
        this.url = newUrl;
        this.date = newDate;
    }
}
