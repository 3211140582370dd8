package org.redlines.positions.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A subject that groups points across plans, such as territory or sanctions. */
@Audited
@Entity
@Table(name = "topic")
public class Topic extends CodedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    private Long id;

    protected Topic() {}

    public Topic(String code, String name, int sortOrder) {
        super(code, name, sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }
}
