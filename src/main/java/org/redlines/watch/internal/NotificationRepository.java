package org.redlines.watch.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    @Query("select n.watchId from NotificationEntity n where n.revision = ?1")
    java.util.Set<Long> watchesTold(long revision);

    @Query("select n from NotificationEntity n where n.sentAt is null order by n.revision")
    List<NotificationEntity> pending();

    @Query("select count(n) from NotificationEntity n where n.sentAt is null")
    long countPending();

    @Query("select min(n.createdAt) from NotificationEntity n where n.sentAt is null")
    Instant oldestPending();

    @Query("select n from NotificationEntity n where n.watchId = ?1 and n.sentAt is not null order by n.revision desc")
    List<NotificationEntity> sentFor(long watchId);
}
