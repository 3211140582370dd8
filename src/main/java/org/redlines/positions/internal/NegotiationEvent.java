package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.redlines.dataset.EventKind;

/** A dated happening of the negotiation: talks, a text, a statement, a decision, or one announced for later. */
@Audited
@Entity
@Table(name = "negotiation_event")
public class NegotiationEvent extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "negotiation_event_seq")
    @SequenceGenerator(name = "negotiation_event_seq", sequenceName = "negotiation_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Column(length = 8000)
    private String summary;

    /** Position in the imported file; keeps events of one day in the file's order. */
    @Column(nullable = false)
    private int seq;

    @ManyToMany
    @JoinTable(
            name = "negotiation_event_actor",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "sort_order")
    private List<Actor> actors = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "negotiation_event_source",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "sort_order")
    private List<Source> sources = new ArrayList<>();

    protected NegotiationEvent() {}

    public NegotiationEvent(LocalDate date, String title, EventKind kind, String summary, int seq) {
        this.date = date;
        this.title = title;
        this.kind = kind;
        this.summary = summary;
        this.seq = seq;
    }

    public void edit(LocalDate newDate, String newTitle, EventKind newKind, String newSummary) {
        this.date = newDate;
        this.title = newTitle;
        this.kind = newKind;
        this.summary = newSummary;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public int getSeq() {
        return seq;
    }

    public List<Actor> getActors() {
        return actors;
    }

    public List<Source> getSources() {
        return sources;
    }
}
