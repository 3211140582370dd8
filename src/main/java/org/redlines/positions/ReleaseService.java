package org.redlines.positions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.positions.Drafts.InvalidDraftException;
import org.redlines.positions.internal.DatasetAssembler;
import org.redlines.positions.internal.DatasetRelease;
import org.redlines.positions.internal.DatasetReleaseRepository;
import org.redlines.positions.internal.SnapshotRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citable releases of the dataset (issue 19, ADR 24). An administrator publishes a name and notes over the newest
 * revision; a release is never changed afterwards, only superseded by a newer one. Everyone who may read sees the
 * releases, what changed since the previous one, and downloads of the data exactly as the release froze it.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class ReleaseService {

    /** Names such as {@code 2026.06} or {@code 2026-06-rc1}: they become part of links and file names. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private static final int MAX_NOTES = 4000;

    private final DatasetReleaseRepository releases;
    private final SnapshotRepository snapshots;
    private final Clock clock;

    ReleaseService(DatasetReleaseRepository releases, SnapshotRepository snapshots, Optional<Clock> clock) {
        this.releases = releases;
        this.snapshots = snapshots;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Freezes the newest revision as the release {@code name}; refused for a bad or taken name or long notes. */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public ReleaseInfo publish(String name, String notes) {
        String clean = name == null ? "" : name.strip();
        if (!NAME.matcher(clean).matches()) {
            throw new InvalidDraftException(Map.of("name", Phrase.of("release.bad-name")));
        }
        if (releases.findByName(clean).isPresent()) {
            throw new InvalidDraftException(Map.of("name", Phrase.of("release.name-taken", clean)));
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > MAX_NOTES) {
            throw new InvalidDraftException(Map.of("notes", Phrase.of("draft.too-long", MAX_NOTES, text.length())));
        }
        releases.saveAndFlush(new DatasetRelease(
                clean,
                text,
                snapshots.latestRevision(),
                clock.instant(),
                SecurityContextHolder.getContext().getAuthentication().getName()));
        return byName(clean).orElseThrow();
    }

    /** The revision the next release would freeze: the newest. */
    public long latestRevision() {
        return snapshots.latestRevision();
    }

    /** Every release, newest first. */
    public List<ReleaseInfo> list() {
        List<DatasetRelease> all = releases.findAllByOrderByRevisionDescPublishedAtDescIdDesc();
        List<ReleaseInfo> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add(info(all, i));
        }
        return out;
    }

    public Optional<ReleaseInfo> byName(String name) {
        return list().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private ReleaseInfo info(List<DatasetRelease> newestFirst, int i) {
        DatasetRelease r = newestFirst.get(i);
        return new ReleaseInfo(
                r.getName(),
                r.getNotes(),
                r.getRevision(),
                r.getPublishedAt(),
                r.getPublishedBy(),
                i + 1 < newestFirst.size() ? newestFirst.get(i + 1).getName() : null,
                i > 0 ? newestFirst.getFirst().getName() : null);
    }

    /** The whole dataset exactly as the release froze it. */
    public Dataset dataset(ReleaseInfo release) {
        return dataset(release.revision());
    }

    private Dataset dataset(long revision) {
        return DatasetAssembler.assemble(snapshots, revision);
    }

    /** New or changed position entries per plan, then per party, since the previous release (or since the start). */
    public record Change(String plan, String actor, int entries) {}

    public List<Change> changesSince(ReleaseInfo release) {
        Set<Dataset.PositionEntry> before = release.previous() == null
                ? Set.of()
                : Set.copyOf(dataset(byName(release.previous()).orElseThrow()).positions());
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Dataset.PositionEntry e : dataset(release).positions()) {
            if (!before.contains(e)) {
                counts.computeIfAbsent(e.plan(), k -> new HashMap<>()).merge(e.actor(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .flatMap(p -> p.getValue().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(a -> new Change(p.getKey(), a.getKey(), a.getValue())))
                .collect(Collectors.toList());
    }
}
