package org.redlines.positions.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.redlines.dataset.Stance;

/** A party's stance on a plan as a whole, at one date. */
@Audited
@Entity
@Table(name = "plan_position")
@AssociationOverride(
        name = "sources",
        joinTable =
                @JoinTable(
                        name = "plan_position_source",
                        joinColumns = @JoinColumn(name = "plan_position_id"),
                        inverseJoinColumns = @JoinColumn(name = "source_id")))
public class PlanPosition extends StanceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_position_seq")
    @SequenceGenerator(name = "plan_position_seq", sequenceName = "plan_position_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    protected PlanPosition() {}

    public PlanPosition(
            Plan plan, Actor actor, Stance stance, boolean redLine, String summary, LocalDate asOf, int seq) {
        super(actor, stance, redLine, summary, asOf, seq);
        this.plan = plan;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }
}
