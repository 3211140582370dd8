package org.redlines.watch;

import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.watch.internal.NotificationRepository;
import org.redlines.watch.internal.WebhookDeliveryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is waiting to be told, for the administrators' page. */
@Service
public class NotificationStatus {

    public record Pending(long mail, long webhooks) {}

    private final NotificationRepository notifications;
    private final WebhookDeliveryRepository deliveries;

    NotificationStatus(NotificationRepository notifications, WebhookDeliveryRepository deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public Pending pending() {
        return new Pending(notifications.countPending(), deliveries.countPending());
    }
}
