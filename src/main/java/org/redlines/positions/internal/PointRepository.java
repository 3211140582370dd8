package org.redlines.positions.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PointLink;
import org.redlines.positions.PointRef;
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

    @Query("select new org.redlines.positions.PointLink(p.plan.code, p.ref, f.plan.code, f.ref)"
            + " from Point p join p.derivedFrom f")
    List<PointLink> findAllLinks();

    /** The point's sources: publisher, title, url and date, in order. */
    @Query("select s.publisher, s.title, s.url, s.date, s.grade from Point p join p.sources s"
            + " where p.plan.code = :plan and p.ref = :ref order by index(s)")
    List<Object[]> findSources(String plan, String ref);

    @Query("select new org.redlines.positions.PointRef(p.plan.code, p.ref) from Point p")
    List<PointRef> findAllRefs();

    @Query("select p from Point p where p.plan.code = :plan and p.ref = :ref")
    Optional<Point> findByKey(String plan, String ref);

    @Query("select p from Point p where p.plan.code = :plan order by p.sortOrder, p.id")
    List<Point> findByPlan(String plan);
}
