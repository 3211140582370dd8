package org.redlines.positions.internal;

import java.util.Collection;
import java.util.List;
import org.redlines.positions.PositionInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanPositionRepository extends JpaRepository<PlanPosition, Long> {

    @Query(
            "select new org.redlines.positions.PositionInfo(e.id, e.plan.code, cast(null as string), a.code, e.stance, e.redLine,"
                    + " e.summary, e.asOf, e.seq, size(e.sources))"
                    + " from PlanPosition e join e.actor a where e.plan.code = :plan")
    List<PositionInfo> findInfoByPlan(String plan);

    @Query("select e.id, s.publisher, s.title, s.url, s.date, s.grade"
            + " from PlanPosition e join e.sources s where e.id in :ids order by e.id, index(s)")
    List<Object[]> findSources(Collection<Long> ids);
}
