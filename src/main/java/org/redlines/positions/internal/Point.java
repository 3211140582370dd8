package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A point of a plan, identified by its plan and the ref that readers see (such as "21" or "5(1)(a)"). */
@Audited
@Entity
@Table(name = "point", uniqueConstraints = @UniqueConstraint(columnNames = {"plan_id", "ref"}))
public class Point extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "point_seq")
    @SequenceGenerator(name = "point_seq", sequenceName = "point_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false, length = 32)
    private String ref;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(nullable = false, length = 8000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Column(length = 8000)
    private String note;

    @ManyToMany
    @JoinTable(
            name = "point_derivation",
            joinColumns = @JoinColumn(name = "point_id"),
            inverseJoinColumns = @JoinColumn(name = "derived_from_id"))
    @OrderColumn(name = "sort_order")
    private List<Point> derivedFrom = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "point_source",
            joinColumns = @JoinColumn(name = "point_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "sort_order")
    private List<Source> sources = new ArrayList<>();

    protected Point() {}

    public Point(Plan plan, String ref, int sortOrder, String title, String summary, Topic topic, String note) {
        this.plan = plan;
        this.ref = ref;
        this.sortOrder = sortOrder;
        this.title = title;
        this.summary = summary;
        this.topic = topic;
        this.note = note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getRef() {
        return ref;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getNote() {
        return note;
    }

    public List<Point> getDerivedFrom() {
        return derivedFrom;
    }

    public List<Source> getSources() {
        return sources;
    }

    public void edit(String newTitle, String newSummary, Topic newTopic, String newNote) {
        this.title = newTitle;
        this.summary = newSummary;
        this.topic = newTopic;
        this.note = newNote;
    }
}
