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

/** A party's stated position on one point at one date; several of them for one point and party are that cell's history. */
@Audited
@Entity
@Table(name = "position_entry")
@AssociationOverride(
        name = "sources",
        joinTable =
                @JoinTable(
                        name = "position_entry_source",
                        joinColumns = @JoinColumn(name = "position_entry_id"),
                        inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Position extends StanceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_entry_seq")
    @SequenceGenerator(name = "position_entry_seq", sequenceName = "position_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "point_id")
    private Point point;

    protected Position() {}

    public Position(Point point, Actor actor, Stance stance, boolean redLine, String summary, LocalDate asOf, int seq) {
        super(actor, stance, redLine, summary, asOf, seq);
        this.point = point;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Point getPoint() {
        return point;
    }
}
