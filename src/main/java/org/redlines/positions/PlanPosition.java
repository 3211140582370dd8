package org.redlines.positions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A party's stance on a plan as a whole. */
@Entity
@Table(name = "plan_position")
public class PlanPosition extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_position_seq")
    @SequenceGenerator(name = "plan_position_seq", sequenceName = "plan_position_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

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
    @JoinTable(name = "plan_position_source", joinColumns = @JoinColumn(name = "plan_position_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "sort_order")
    private List<Source> sources = new ArrayList<>();

    protected PlanPosition() {
    }

    public PlanPosition(Plan plan, Actor actor, Stance stance, boolean redLine, String summary, LocalDate asOf, int seq) {
        this.plan = plan;
        this.actor = actor;
        this.stance = stance;
        this.redLine = redLine;
        this.summary = summary;
        this.asOf = asOf;
        this.seq = seq;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
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
}
