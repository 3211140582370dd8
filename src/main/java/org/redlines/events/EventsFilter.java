package org.redlines.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.dataset.EventKind;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.Notice;
import org.redlines.positions.QueryReader;

/**
 * The events page's state: the parties (empty for all; an event is shown when it involves one of them) and the
 * kind (null for every kind). {@code actors=UA,RU&kind=talks} in the URL.
 */
public record EventsFilter(List<String> actors, EventKind kind) {

    public static final String KIND = "kind";
    public static final EventsFilter NONE = new EventsFilter(List.of(), null);

    public record Parsed(EventsFilter filter, List<Notice> notices) {}

    public EventsFilter {
        actors = List.copyOf(actors);
    }

    public EventsFilter withActors(List<String> newActors) {
        return new EventsFilter(newActors, kind);
    }

    public EventsFilter withKind(EventKind newKind) {
        return new EventsFilter(actors, newKind);
    }

    public boolean shows(EventInfo event) {
        return (kind == null || event.kind() == kind)
                && (actors.isEmpty() || event.actors().stream().anyMatch(actors::contains));
    }

    /** Unknown parties and kinds are dropped, each with a notice. */
    public static Parsed parse(Map<String, List<String>> params, Catalog catalog) {
        QueryReader in = new QueryReader(params);
        List<String> actors =
                in.codes(MatrixParams.ACTORS, c -> catalog.actor(c).isPresent());
        String code = in.single(KIND);
        EventKind kind = null;
        if (code != null) {
            kind = EventKind.fromCode(code).orElse(null);
            if (kind == null) {
                in.notice(Notice.UNKNOWN, KIND, code);
            }
        }
        return new Parsed(new EventsFilter(actors, kind), in.notices());
    }

    /** The parameters that reopen this state, with the frozen revision if the catalogue shows one. */
    public Map<String, List<String>> toParameters(Catalog catalog) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!actors.isEmpty()) {
            out.put(MatrixParams.ACTORS, List.of(String.join(",", actors)));
        }
        if (kind != null) {
            out.put(KIND, List.of(kind.code()));
        }
        return MatrixParams.withRevision(out, catalog);
    }
}
