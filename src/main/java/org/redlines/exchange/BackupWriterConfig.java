package org.redlines.exchange;

import org.redlines.positions.BackupService;
import org.springframework.context.annotation.Configuration;

/** Backups include the dataset in the exchange format, written by this feature's writer. */
@Configuration
class BackupWriterConfig {

    BackupWriterConfig(BackupService backups) {
        backups.setDatasetWriter(DatasetWriter::writeCompact);
    }
}
