package org.redlines.positions;

import java.time.LocalDate;
import java.util.List;
import org.redlines.dataset.EventKind;

/**
 * An event of the negotiation as views show it: its date, title, kind, the parties involved (codes, in the
 * dataset's order) and its sources. {@code id} and {@code version} let an analyst's form correct it.
 */
public record EventInfo(
        long id,
        long version,
        LocalDate date,
        String title,
        EventKind kind,
        List<String> actors,
        String summary,
        List<SourceInfo> sources) {

    public EventInfo {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
    }

    public boolean involves(String actor) {
        return actors.contains(actor);
    }
}
