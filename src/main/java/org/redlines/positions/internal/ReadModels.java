package org.redlines.positions.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.Notice;
import org.redlines.positions.QueryReader;
import org.redlines.positions.RevisionInfo;
import org.springframework.stereotype.Component;

/**
 * Chooses what a link reads: the live data, or with {@code rev=N} the data exactly as recorded in revision N.
 * Frozen copies are kept for the few revisions last asked for; they never change.
 */
@Component
public class ReadModels {

    private static final int KEPT_REVISIONS = 6;

    private final LiveReadModel live;
    private final SnapshotRepository snapshots;
    private final Map<Long, FrozenReadModel> frozen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FrozenReadModel> eldest) {
            return size() > KEPT_REVISIONS;
        }
    };

    private final DatasetReleaseRepository releases;

    ReadModels(LiveReadModel live, SnapshotRepository snapshots, DatasetReleaseRepository releases) {
        this.live = live;
        this.snapshots = snapshots;
        this.releases = releases;
    }

    /** The revision a link names, or null for live data, with a notice when {@code rev} was not usable. */
    public record Choice(RevisionInfo revision, List<Notice> notices) {}

    public Choice choose(Map<String, List<String>> params) {
        QueryReader in = new QueryReader(params);
        String text = in.single(MatrixParams.REV);
        List<Notice> notices = new ArrayList<>(in.notices());
        if (text == null) {
            return new Choice(null, notices);
        }
        long latest = snapshots.latestRevision();
        long number;
        try {
            number = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > latest) {
            notices.add(Notice.of(Notice.UNKNOWN, MatrixParams.REV, text, String.valueOf(latest)));
            return new Choice(null, notices);
        }
        return new Choice(revision(number), notices);
    }

    /** The revision, with the name of the first release that froze it, if any. */
    public RevisionInfo revision(long number) {
        String release = releases.findByRevisionOrderByIdAsc(number).stream()
                .map(DatasetRelease::getName)
                .findFirst()
                .orElse(null);
        return snapshots
                .revisionUpTo(number)
                .map(r -> new RevisionInfo(
                        number,
                        Instant.ofEpochMilli(((Number) r[1]).longValue()),
                        (String) r[2],
                        (String) r[3],
                        release))
                .orElse(new RevisionInfo(number, Instant.EPOCH, "system", null, release));
    }

    public long latestRevision() {
        return snapshots.latestRevision();
    }

    public ReadModel of(Catalog catalog) {
        return catalog.frozen() == null ? live : at(catalog.frozen().number());
    }

    public ReadModel of(RevisionInfo revision) {
        return revision == null ? live : at(revision.number());
    }

    public ReadModel live() {
        return live;
    }

    /** Call inside a read transaction. */
    public ReadModel at(long revision) {
        synchronized (frozen) {
            FrozenReadModel kept = frozen.get(revision);
            if (kept != null) {
                return kept;
            }
        }
        FrozenReadModel built = new FrozenReadModel(DatasetAssembler.assemble(snapshots, revision));
        synchronized (frozen) {
            frozen.put(revision, built);
        }
        return built;
    }
}
