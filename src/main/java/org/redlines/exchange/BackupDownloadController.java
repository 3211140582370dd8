package org.redlines.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.redlines.routes.Routes;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /export/backups/{name}}: a backup file that "Back up now" wrote, for administrators. */
@RestController
class BackupDownloadController {

    private final BackupService backups;

    BackupDownloadController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping("/" + Routes.BACKUPS + "{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return backups.file(name)
                .map(BackupDownloadController::attachment)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Resource> attachment(Path file) {
        String name = file.getFileName().toString();
        return Attachment.of(
                name.endsWith(".zip")
                        ? MediaType.parseMediaType("application/zip")
                        : new MediaType("application", "json", StandardCharsets.UTF_8),
                name,
                new FileSystemResource(file));
    }
}
