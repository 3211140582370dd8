package org.redlines.positions.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.positions.PlanInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select new org.redlines.positions.PlanInfo(p.code, p.title, p.date, p.origin, p.summary)"
            + " from Plan p order by p.sortOrder")
    List<PlanInfo> findAllInfo();

    Optional<Plan> findByCode(String code);

    @Query("select coalesce(max(p.sortOrder), -1) from Plan p")
    int maxSortOrder();
}
