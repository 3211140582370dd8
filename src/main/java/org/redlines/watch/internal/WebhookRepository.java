package org.redlines.watch.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookRepository extends JpaRepository<WebhookEntity, Long> {

    List<WebhookEntity> findByActiveTrue();

    List<WebhookEntity> findAllByOrderByCreatedAtDesc();
}
