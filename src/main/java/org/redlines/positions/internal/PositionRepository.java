package org.redlines.positions.internal;

import java.util.Collection;
import java.util.List;
import org.redlines.positions.PositionInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PositionRepository extends JpaRepository<Position, Long> {

    @Query(
            "select new org.redlines.positions.PositionInfo(e.id, pt.plan.code, pt.ref, a.code, e.stance, e.redLine, e.summary,"
                    + " e.asOf, e.seq, size(e.sources))"
                    + " from Position e join e.point pt join e.actor a where pt.plan.code = :plan")
    List<PositionInfo> findInfoByPlan(String plan);

    @Query("select new org.redlines.positions.PositionInfo(e.id, pt.plan.code, pt.ref, a.code, e.stance, e.redLine,"
            + " e.summary, e.asOf, e.seq, size(e.sources))"
            + " from Position e join e.point pt join e.actor a where pt.plan.code = :plan and pt.ref = :ref")
    List<PositionInfo> findInfoByPoint(String plan, String ref);

    @Query("select new org.redlines.positions.PositionInfo(e.id, pt.plan.code, pt.ref, a.code, e.stance, e.redLine,"
            + " e.summary, e.asOf, e.seq, size(e.sources))"
            + " from Position e join e.point pt join e.actor a")
    List<PositionInfo> findAllInfo();

    /** Sources of the given entries: entry id, publisher, title, url and date, in each entry's order. */
    @Query("select e.id, s.publisher, s.title, s.url, s.date, s.grade"
            + " from Position e join e.sources s where e.id in :ids order by e.id, index(s)")
    List<Object[]> findSources(Collection<Long> ids);

    /** Entry id and grade of each graded source of the entries on a plan's points. */
    @Query("select e.id, s.grade from Position e join e.point pt join e.sources s"
            + " where pt.plan.code = :plan and s.grade is not null")
    List<Object[]> findGradesByPlan(String plan);

    @Query("select coalesce(max(e.seq), -1) from Position e")
    int maxSeq();
}
