package org.redlines.exchange;

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
import java.util.regex.Pattern;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.dataset.DatasetWriter;
import org.redlines.positions.DatasetExportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consistent backup while the app runs: the whole database as H2's own online backup (a zip holding the
 * database file, users and history included) and the dataset in the exchange format, both read in one snapshot.
 * docs/SECURITY.md says how to restore either.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    /** The names {@link #backup()} gives its files, and the only names {@link #file} hands out. */
    private static final Pattern FILE_NAME = Pattern.compile("redlines-\\d{8}-\\d{6}-\\d{3}\\.(zip|json)");

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DatasetExportService exports;
    private final JdbcTemplate jdbc;
    private final Path directory;
    private final String url;

    BackupService(
            DatasetExportService exports,
            JdbcTemplate jdbc,
            @Value("${redlines.backup.dir:./data/backups}") String directory,
            @Value("${spring.datasource.url}") String url) {
        this.exports = exports;
        this.jdbc = jdbc;
        this.directory = Path.of(directory);
        this.url = url;
    }

    /** The files written, database backup first. */
    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    public List<Path> backup() {
        try {
            Files.createDirectories(directory);
            String stamp = STAMP.format(Instant.now());
            List<Path> written = new ArrayList<>();
            if (url.startsWith("jdbc:h2:")) {
                Path zip = directory.resolve("redlines-" + stamp + ".zip").toAbsolutePath();
                jdbc.execute("backup to '" + zip.toString().replace("'", "''") + "'");
                written.add(zip);
            }
            Path json = directory.resolve("redlines-" + stamp + ".json").toAbsolutePath();
            try (OutputStream out = Files.newOutputStream(json)) {
                DatasetWriter.writeCompact(exports.export(null), out);
            }
            written.add(json);
            log.info("Backup written: {}", written);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that {@link #backup()} wrote, by its bare name; empty for any other name or a file since removed. */
    @RequiresRole(Role.ADMIN)
    public Optional<Path> file(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).toAbsolutePath();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
