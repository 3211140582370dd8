package org.redlines.watch.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDeliveryEntity, Long> {

    boolean existsByWebhookIdAndRevision(long webhookId, long revision);

    @Query("select d from WebhookDeliveryEntity d where d.deliveredAt is null and d.abandoned = false"
            + " and d.nextAttemptAt <= ?1 order by d.revision")
    List<WebhookDeliveryEntity> due(Instant now);

    @Query("select count(d) from WebhookDeliveryEntity d where d.deliveredAt is null and d.abandoned = false")
    long countPending();

    @Query("select count(d) from WebhookDeliveryEntity d where d.abandoned = true")
    long countAbandoned();

    @Query("select d from WebhookDeliveryEntity d order by d.createdAt desc, d.id desc")
    List<WebhookDeliveryEntity> latest(Pageable page);
}
