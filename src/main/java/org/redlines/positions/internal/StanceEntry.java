package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.redlines.dataset.Stance;

/** What a party said at one date, with its sources: shared by positions on points and on whole plans. */
@Audited
@MappedSuperclass
public abstract class StanceEntry extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stance stance;

    @Column(name = "red_line", nullable = false)
    private boolean redLine;

    @Column(nullable = false, length = 8000)
    private String summary;

    @Column(name = "as_of")
    private LocalDate asOf;

    /** Position in the imported file; breaks ties between entries of the same date. */
    @Column(nullable = false)
    private int seq;

    @ManyToMany
    @OrderColumn(name = "sort_order")
    private List<Source> sources = new ArrayList<>();

    protected StanceEntry() {}

    protected StanceEntry(Actor actor, Stance stance, boolean redLine, String summary, LocalDate asOf, int seq) {
        this.actor = actor;
        this.stance = stance;
        this.redLine = redLine;
        this.summary = summary;
        this.asOf = asOf;
        this.seq = seq;
    }

    public Actor getActor() {
        return actor;
    }

    public Stance getStance() {
        return stance;
    }

    public boolean isRedLine() {
        return redLine;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public int getSeq() {
        return seq;
    }

    public List<Source> getSources() {
        return sources;
    }

    /** A correction of this entry: what was said, and when. */
    public void correct(Stance newStance, boolean newRedLine, String newSummary, LocalDate newAsOf) {
        this.stance = newStance;
        this.redLine = newRedLine;
        this.summary = newSummary;
        this.asOf = newAsOf;
    }
}
