package org.redlines.positions.internal;

import java.util.List;
import org.redlines.positions.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PendingChangeRepository extends JpaRepository<PendingChange, Long> {

    List<PendingChange> findByStatusOrderByCreatedAtAscIdAsc(ReviewStatus status);

    List<PendingChange> findByAuthorOrderByCreatedAtDescIdDesc(String author);

    List<PendingChange> findByStatusAndPlanOrderByCreatedAtAscIdAsc(ReviewStatus status, String plan);

    long countByStatus(ReviewStatus status);
}
