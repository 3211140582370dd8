package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.redlines.positions.internal.SnapshotRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consistent backup while the app runs: the whole database as H2's own online backup (a zip holding the
 * database file, users and history included) and the dataset in the exchange format. docs/SECURITY.md says how
 * to restore either.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    /** The names {@link #backup()} gives its files, and the only names {@link #file} hands out. */
    private static final Pattern FILE_NAME = Pattern.compile("redlines-\\d{8}-\\d{6}-\\d{3}\\.(zip|json)");

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final SnapshotRepository snapshots;
    private final Path directory;
    private final String url;
    private BiConsumer<Dataset, OutputStream> writer;

    @PersistenceContext
    private EntityManager entityManager;

    BackupService(
            SnapshotRepository snapshots,
            @Value("${redlines.backup.dir:./data/backups}") String directory,
            @Value("${spring.datasource.url}") String url) {
        this.snapshots = snapshots;
        this.directory = Path.of(directory);
        this.url = url;
    }

    /** The exchange format's writer lives in another feature; it registers itself here. */
    public void setDatasetWriter(BiConsumer<Dataset, OutputStream> writer) {
        this.writer = writer;
    }

    /** The files written, database backup first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.SERIALIZABLE)
    public List<Path> backup() {
        try {
            Files.createDirectories(directory);
            String stamp = STAMP.format(Instant.now());
            List<Path> written = new ArrayList<>();
            if (url.startsWith("jdbc:h2:")) {
                Path zip = directory.resolve("redlines-" + stamp + ".zip").toAbsolutePath();
                entityManager
                        .createNativeQuery("backup to '" + zip.toString().replace("'", "''") + "'")
                        .executeUpdate();
                written.add(zip);
            }
            if (writer != null) {
                Path json = directory.resolve("redlines-" + stamp + ".json").toAbsolutePath();
                try (OutputStream out = Files.newOutputStream(json)) {
                    writer.accept(DatasetAssembler.assemble(snapshots, null), out);
                }
                written.add(json);
            }
            log.info("Backup written: {}", written);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that {@link #backup()} wrote, by its bare name; empty for any other name or a file since removed. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Path> file(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).toAbsolutePath();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
