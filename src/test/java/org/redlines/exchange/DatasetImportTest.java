package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetException;
import org.redlines.dataset.DatasetReader;
import org.redlines.dataset.DatasetWriter;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Words;
import org.redlines.positions.DatasetExportService;
import org.redlines.positions.DatasetImportService;
import org.redlines.positions.Drafts.EditConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Whole-dataset export and import on the seeded default dataset, in a database of its own. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:import-test;DB_CLOSE_DELAY=-1")
@DirtiesContext
@WithMockUser(
        username = "ada",
        roles = {"VIEWER", "ANALYST", "ADMIN"})
class DatasetImportTest {

    @Autowired
    DatasetExportService exports;

    @Autowired
    DatasetImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private String everything() {
        return DatasetWriter.write(exports.export(null));
    }

    private long latest() {
        return exports.latestRevision();
    }

    @Test
    void export_then_import_then_export_gives_the_same_document() {
        String first = everything();
        Dataset read = DatasetReader.read(first);
        ImportPreview.Preview preview = ImportPreview.of(imports.current(), read);
        assertThat(preview.unchanged()).isTrue();

        imports.apply(read, preview.revision(), "round-trip.json");

        assertThat(everything()).isEqualTo(first);
        Map<String, Object> revision =
                jdbc.queryForMap("select username, note from audit_revision order by id desc fetch first 1 rows only");
        assertThat(revision).containsEntry("USERNAME", "ada").containsEntry("NOTE", "Import of round-trip.json");
        assertThat(latest()).isEqualTo(preview.revision() + 1);
    }

    @Test
    void the_export_holds_the_whole_default_dataset() {
        Dataset original = DatasetReader.read(getClass().getResourceAsStream("/dataset/ukraine-peace-plans.json"));
        Dataset exported = exports.export(null);
        assertThat(exported.title()).isEqualTo(original.title());
        assertThat(exported.actors()).isEqualTo(original.actors());
        assertThat(exported.plans()).isEqualTo(original.plans());
        assertThat(exported.positions()).hasSameSizeAs(original.positions());
        assertThat(exported.points()).hasSameSizeAs(original.points());
    }

    @Test
    void the_preview_counts_what_would_change_per_plan_and_party() {
        Dataset now = exports.export(null);
        List<Dataset.PositionEntry> positions = new ArrayList<>(now.positions());
        Dataset.PositionEntry first = positions.getFirst();
        positions.set(
                0,
                new Dataset.PositionEntry(
                        first.plan(),
                        first.point(),
                        first.actor(),
                        first.stance() == Stance.OPPOSES ? Stance.SUPPORTS : Stance.OPPOSES,
                        first.redLine(),
                        first.summary(),
                        first.asOf(),
                        first.sources()));
        positions.removeLast();
        Dataset.PositionEntry last = now.positions().getLast();
        Dataset changed = new Dataset(
                now.title(),
                now.description(),
                now.actors(),
                now.topics(),
                now.plans(),
                now.points(),
                now.planPositions(),
                positions);

        ImportPreview.Preview preview = ImportPreview.of(imports.current(), changed);

        assertThat(preview.lines())
                .contains(new ImportPreview.Line(
                        "Party " + first.actor(),
                        "positions",
                        0,
                        1 + (first.actor().equals(last.actor()) ? 0 : 0),
                        first.actor().equals(last.actor()) ? 1 : 0));
        assertThat(preview.lines())
                .filteredOn(l -> l.what().equals("positions") && l.scope().startsWith("Plan"))
                .extracting(ImportPreview.Line::changed)
                .containsOnly(0, 1);
        int removedOverPlans = preview.lines().stream()
                .filter(l -> l.what().equals("positions") && l.scope().startsWith("Plan"))
                .mapToInt(ImportPreview.Line::removed)
                .sum();
        assertThat(removedOverPlans).isEqualTo(1);
    }

    @Test
    void a_dataset_that_fails_while_it_is_written_changes_nothing() {
        String before = everything();
        long revision = latest();
        Dataset now = exports.export(null);
        List<Dataset.PositionEntry> positions = new ArrayList<>(now.positions());
        Dataset.PositionEntry e = positions.getLast();
        // Too long for its column: only the database notices, halfway through the write.
        positions.set(
                positions.size() - 1,
                new Dataset.PositionEntry(
                        e.plan(),
                        e.point(),
                        e.actor(),
                        e.stance(),
                        e.redLine(),
                        "x".repeat(9000),
                        e.asOf(),
                        e.sources()));
        Dataset broken = new Dataset(
                now.title(),
                now.description(),
                now.actors(),
                now.topics(),
                now.plans(),
                now.points(),
                now.planPositions(),
                positions);

        assertThatThrownBy(() -> imports.apply(broken, revision, "broken.json")).isInstanceOf(RuntimeException.class);

        assertThat(everything()).isEqualTo(before);
        assertThat(latest()).isEqualTo(revision);
    }

    @Test
    void a_file_with_one_bad_entry_is_refused_before_anything_is_written() {
        String before = everything();
        String bad = before.replaceFirst("\"stance\"\\s*:\\s*\"(\\w+)\"", "\"stance\": \"maybe\"");
        assertThatThrownBy(() -> DatasetReader.read(bad))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        ex -> assertThat(ex.getMessage())
                                .containsPattern("ositions\\[0\\]\\.stance")
                                .contains("maybe"));
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void a_preview_made_before_another_change_cannot_be_applied() {
        Dataset now = exports.export(null);
        assertThatThrownBy(() -> imports.apply(now, latest() - 1, "old-preview.json"))
                .isInstanceOfSatisfying(
                        EditConflictException.class,
                        e -> assertThat(Words.of(e.reason())).contains("changed after the preview"));
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void analysts_export_but_cannot_import() {
        Dataset now = exports.export(null);
        assertThatThrownBy(() -> ImportPreview.of(imports.current(), now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.apply(now, latest(), "x.json")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void viewers_cannot_export_the_dataset() {
        assertThatThrownBy(() -> exports.export(null)).isInstanceOf(AccessDeniedException.class);
    }
}
