package org.redlines.positions;

import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.positions.Drafts.EditConflictException;
import org.redlines.positions.internal.DatasetAssembler;
import org.redlines.positions.internal.SnapshotRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replacing the whole dataset with an uploaded one: the data now, for a preview to compare the file with, then the
 * change itself, in one transaction that the history records as one revision.
 */
@Service
public class DatasetImportService {

    private final SnapshotRepository snapshots;
    private final DatasetStore store;

    DatasetImportService(SnapshotRepository snapshots, DatasetStore store) {
        this.snapshots = snapshots;
        this.store = store;
    }

    /** The data now and the revision it is as of: what a preview compares a file with. */
    public record Current(long revision, Dataset dataset) {}

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public Current current() {
        return new Current(snapshots.latestRevision(), DatasetAssembler.assemble(snapshots, null));
    }

    /**
     * Replaces everything with {@code incoming}, unless the data changed after the preview was made
     * ({@code previewedRevision}); all of it or, on any failure, nothing.
     */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void apply(Dataset incoming, long previewedRevision, String fileName) {
        long latest = snapshots.latestRevision();
        if (latest != previewedRevision) {
            throw new EditConflictException(Phrase.of("import.changed-after-preview", String.valueOf(latest)), latest);
        }
        store.replaceAll(incoming.withOrders(), RevisionNotes.imported(fileName));
    }
}
