package org.redlines.watch.internal;

import java.util.List;
import java.util.Optional;
import org.redlines.watch.Frequency;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WatchRepository extends JpaRepository<WatchEntity, Long> {

    List<WatchEntity> findByUsernameOrderByCreatedAtDesc(String username);

    Optional<WatchEntity> findByUsernameAndRouteAndQuery(String username, String route, String query);

    /** A watch as the recorder needs it: not a managed entity, so that thousands cost no dirty checking. */
    record Target(long id, String username, String route, String query, String matches) {
        public List<String> matrixLinks() {
            return matches.isEmpty()
                    ? List.of(query.isEmpty() ? route : route + "?" + query)
                    : List.of(matches.split("\n"));
        }
    }

    @org.springframework.data.jpa.repository.Query(
            "select new org.redlines.watch.internal.WatchRepository$Target(w.id, w.username, w.route, w.query, w.matches)"
                    + " from WatchEntity w where w.paused = false and w.frequency <> ?1")
    List<Target> targets(Frequency except);

    Optional<WatchEntity> findByFeedToken(String feedToken);
}
