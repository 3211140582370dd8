package org.redlines.positions.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<NegotiationEvent, Long> {

    /** Every event with its parties, oldest first and, within a day, in the dataset's order. */
    @Query("select distinct e from NegotiationEvent e left join fetch e.actors order by e.date, e.seq")
    List<NegotiationEvent> findAllWithActors();

    /** Sources of the given events: event id, publisher, title, url and date, in each event's order. */
    @Query("select e.id, s.publisher, s.title, s.url, s.date, s.grade"
            + " from NegotiationEvent e join e.sources s where e.id in :ids order by e.id, index(s)")
    List<Object[]> findSources(Collection<Long> ids);

    Optional<NegotiationEvent> findByDateAndTitle(LocalDate date, String title);

    @Query("select coalesce(max(e.seq), -1) from NegotiationEvent e")
    int maxSeq();
}
