package org.redlines.positions;

import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.positions.internal.DatasetAssembler;
import org.redlines.positions.internal.SnapshotRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The whole dataset in the exchange format, now or as recorded in a revision: for analysts and administrators. */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class DatasetExportService {

    private final SnapshotRepository snapshots;

    DatasetExportService(SnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    /** {@code revision} null for the live data; a number past the newest revision reads the newest. */
    @RequiresRole(Role.ANALYST)
    public Dataset export(Long revision) {
        return DatasetAssembler.assemble(snapshots, revision);
    }

    public long latestRevision() {
        return snapshots.latestRevision();
    }
}
