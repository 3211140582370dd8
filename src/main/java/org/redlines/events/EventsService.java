package org.redlines.events;

import java.util.List;
import java.util.Map;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.MatrixService;
import org.redlines.positions.Notice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The events page: the negotiation's events that the link's filter keeps, newest first. */
@Service
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class EventsService {

    private final MatrixService matrices;

    EventsService(MatrixService matrices) {
        this.matrices = matrices;
    }

    /** What the page shows for these parameters. */
    public record EventsPage(
            Catalog catalog, EventsFilter filter, List<EventInfo> events, int total, List<Notice> notices) {}

    public EventsPage page(Map<String, List<String>> params) {
        Catalog catalog = matrices.catalog(params);
        EventsFilter.Parsed parsed = EventsFilter.parse(params, catalog);
        List<EventInfo> all = matrices.events(catalog);
        List<EventInfo> shown =
                all.stream().filter(parsed.filter()::shows).toList().reversed();
        return new EventsPage(
                catalog, parsed.filter(), shown, all.size(), catalog.withRevisionNotices(parsed.notices()));
    }
}
