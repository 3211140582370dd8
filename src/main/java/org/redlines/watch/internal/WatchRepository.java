package org.redlines.watch.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.watch.Frequency;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WatchRepository extends JpaRepository<WatchEntity, Long> {

    List<WatchEntity> findByUsernameOrderByCreatedAtDesc(String username);

    Optional<WatchEntity> findByUsernameAndRouteAndQuery(String username, String route, String query);

    List<WatchEntity> findByPausedFalseAndFrequencyNot(Frequency frequency);

    Optional<WatchEntity> findByFeedToken(String feedToken);
}
