package org.redlines.releases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetWriter;
import org.redlines.exchange.MatrixCsv;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.ReleaseInfo;
import org.redlines.positions.ReleaseService;
import org.springframework.stereotype.Component;

/**
 * The files of a release, byte for byte what its downloads serve, with their SHA-256: the dataset in the exchange
 * format and the matrix of each plan as CSV, all as the release's revision recorded them. A release never changes,
 * so each release's files are made once and kept.
 */
@Component
public class ReleaseFiles {

    /** One file of a release: its name, media type, content and SHA-256 in hex. */
    public record ReleaseFile(String name, String mediaType, byte[] bytes, String sha256) {}

    private final ReleaseService releases;
    private final MatrixService matrices;
    private final Map<String, List<ReleaseFile>> made = new ConcurrentHashMap<>();

    ReleaseFiles(ReleaseService releases, MatrixService matrices) {
        this.releases = releases;
        this.matrices = matrices;
    }

    public List<ReleaseFile> of(ReleaseInfo release) {
        return made.computeIfAbsent(release.name() + "@" + release.revision(), k -> make(release));
    }

    public Optional<ReleaseFile> file(ReleaseInfo release, String name) {
        return of(release).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The checksums in the format {@code sha256sum -c} reads. */
    public String sums(ReleaseInfo release) {
        StringBuilder out = new StringBuilder();
        of(release)
                .forEach(f ->
                        out.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        return out.toString();
    }

    private List<ReleaseFile> make(ReleaseInfo release) {
        Dataset dataset = releases.dataset(release);
        List<ReleaseFile> files = new ArrayList<>();
        files.add(file(
                "redlines-" + release.name() + ".json",
                "application/json",
                DatasetWriter.write(dataset).getBytes(StandardCharsets.UTF_8)));
        for (Dataset.PlanEntry plan : dataset.plans()) {
            String csv = MatrixCsv.write(matrices.open(Map.of(
                            MatrixParams.PLAN,
                            List.of(plan.code()),
                            MatrixParams.REV,
                            List.of(String.valueOf(release.revision()))))
                    .matrix());
            files.add(file(
                    "matrix-" + plan.code() + "-" + release.name() + ".csv",
                    "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(files);
    }

    private static ReleaseFile file(String name, String mediaType, byte[] bytes) {
        try {
            return new ReleaseFile(
                    name,
                    mediaType,
                    bytes,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
