package org.redlines.positions.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A party to the negotiation; the order of parties is the order of the matrix columns. */
@Audited
@Entity
@Table(name = "actor")
public class Actor extends CodedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    private Long id;

    protected Actor() {}

    public Actor(String code, String name, int sortOrder) {
        super(code, name, sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }
}
