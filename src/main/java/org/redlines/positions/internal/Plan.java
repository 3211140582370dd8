package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** One version of a negotiated text, such as the US 28-point draft. */
@Audited
@Entity
@Table(name = "plan")
public class Plan extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "plan_date", nullable = false)
    private LocalDate date;

    @Column(length = 4000)
    private String origin;

    @Column(length = 8000)
    private String summary;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToMany
    @JoinTable(
            name = "plan_source",
            joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "sort_order")
    private List<Source> sources = new ArrayList<>();

    protected Plan() {}

    public Plan(String code, String title, LocalDate date, String origin, String summary, int sortOrder) {
        this.code = code;
        this.title = title;
        this.date = date;
        this.origin = origin;
        this.summary = summary;
        this.sortOrder = sortOrder;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getOrigin() {
        return origin;
    }

    public String getSummary() {
        return summary;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<Source> getSources() {
        return sources;
    }

    public void edit(String newTitle, LocalDate newDate, String newOrigin, String newSummary) {
        this.title = newTitle;
        this.date = newDate;
        this.origin = newOrigin;
        this.summary = newSummary;
    }
}
