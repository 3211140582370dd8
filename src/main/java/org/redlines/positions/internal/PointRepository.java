package org.redlines.positions.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.positions.Point;
import org.redlines.positions.PointInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PointRepository extends JpaRepository<Point, Long> {

    @Query(
            "select new org.redlines.positions.PointInfo(p.plan.code, p.ref, p.sortOrder, p.title, p.summary, t.code, t.name, p.note)"
                    + " from Point p join p.topic t where p.plan.code = :plan order by p.sortOrder, p.id")
    List<PointInfo> findInfoByPlan(String plan);

    @Query("select new org.redlines.positions.PointInfo(p.plan.code, p.ref, p.sortOrder, p.title, p.summary, t.code,"
            + " t.name, p.note) from Point p join p.topic t order by p.plan.sortOrder, p.sortOrder, p.id")
    List<PointInfo> findAllInfo();

    @Query("select new org.redlines.positions.PointInfo(p.plan.code, p.ref, p.sortOrder, p.title, p.summary, t.code,"
            + " t.name, p.note) from Point p join p.topic t where p.plan.code = :plan and p.ref = :ref")
    Optional<PointInfo> findInfo(String plan, String ref);

    /** Every derivedFrom link: plan and ref of the point, then plan and ref of the point it derives from. */
    @Query("select p.plan.code, p.ref, f.plan.code, f.ref from Point p join p.derivedFrom f")
    List<Object[]> findAllLinks();

    /** The point's sources: publisher, title, url and date, in order. */
    @Query("select s.publisher, s.title, s.url, s.date from Point p join p.sources s"
            + " where p.plan.code = :plan and p.ref = :ref order by index(s)")
    List<Object[]> findSources(String plan, String ref);

    /** Every point as a pair of plan code and ref. */
    @Query("select p.plan.code, p.ref from Point p")
    List<Object[]> findAllRefs();

    @Query("select p from Point p where p.plan.code = :plan and p.ref = :ref")
    Optional<Point> findByKey(String plan, String ref);

    @Query("select p from Point p where p.plan.code = :plan order by p.sortOrder, p.id")
    List<Point> findByPlan(String plan);
}
