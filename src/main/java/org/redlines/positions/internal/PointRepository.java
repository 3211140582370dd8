package org.redlines.positions.internal;

import java.util.List;
import org.redlines.positions.Point;
import org.redlines.positions.PointInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PointRepository extends JpaRepository<Point, Long> {

    @Query("select new org.redlines.positions.PointInfo(p.plan.code, p.ref, p.sortOrder, p.title, p.summary, t.code, t.name, p.note)"
            + " from Point p join p.topic t where p.plan.code = :plan order by p.sortOrder, p.id")
    List<PointInfo> findInfoByPlan(String plan);

    /** Every point as a pair of plan code and ref. */
    @Query("select p.plan.code, p.ref from Point p")
    List<Object[]> findAllRefs();
}
