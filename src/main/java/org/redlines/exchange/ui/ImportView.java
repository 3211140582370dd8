package org.redlines.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetException;
import org.redlines.dataset.DatasetReader;
import org.redlines.exchange.ImportPreview;
import org.redlines.i18n.Words;
import org.redlines.positions.DatasetImportService;
import org.redlines.positions.Drafts;
import org.redlines.positions.Phrase;
import org.redlines.routes.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Administrators replace the whole dataset with a file: it is checked first, then a preview says what would be
 * added, changed and removed per plan and party, and only then can it be applied, all of it or nothing.
 */
@Route(Routes.IMPORT)
@RolesAllowed(Role.Names.ADMIN)
public class ImportView extends Div implements BeforeLeaveObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final DatasetImportService imports;
    private final TaskExecutor executor;
    private final long maxBytes;

    final Upload upload;
    final Div problems = new Div();
    final Div preview = new Div();
    final Grid<ImportPreview.Line> lines = new Grid<>();
    final Button apply = new Button(getTranslation("import.apply"));
    final Button discard = new Button(getTranslation("common.discard"));
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    private Dataset pending;
    private String pendingName;
    private ImportPreview.Preview shown;
    private boolean running;

    public ImportView(
            DatasetImportService imports,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${redlines.import.max-size:20MB}") org.springframework.util.unit.DataSize maxSize,
            @Value("${redlines.review.required:false}") boolean reviewRequired) {
        this.imports = imports;
        this.executor = executor;
        this.maxBytes = maxSize.toBytes();
        addClassName("rl-page");
        setId("import-view");

        upload = new Upload((UploadHandler) event -> {
            String name = event.getFileName();
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            event.getUI().access(() -> received(name, data));
        });
        upload.setId("dataset-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e ->
                showProblems(getTranslation("import.rejected", e.getErrorMessage(), megabytes()), java.util.List.of()));

        problems.setId("import-problems");
        problems.addClassName("rl-notices");
        problems.setVisible(false);

        lines.setId("import-preview");
        lines.addColumn(ImportPreview.Line::scope)
                .setHeader(getTranslation("import.column.scope"))
                .setKey("scope");
        lines.addColumn(ImportPreview.Line::what)
                .setHeader(getTranslation("common.what"))
                .setKey("what");
        lines.addColumn(ImportPreview.Line::added)
                .setHeader(getTranslation("common.added"))
                .setKey("added");
        lines.addColumn(ImportPreview.Line::changed)
                .setHeader(getTranslation("common.changed"))
                .setKey("changed");
        lines.addColumn(ImportPreview.Line::removed)
                .setHeader(getTranslation("import.column.removed"))
                .setKey("removed");
        lines.setAllRowsVisible(true);
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        apply.addClickListener(e -> applyPending());
        discard.addClickListener(e -> reset(getTranslation("import.discarded")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("import.applying-label"));
        status.setId("import-status");
        preview.add(new H2(getTranslation("import.preview")), lines, new Div(discard, apply), progress);
        preview.setVisible(false);

        add(
                new H1(getTranslation("import.heading")),
                new Paragraph(getTranslation("import.intro", megabytes())),
                reviewNote(reviewRequired),
                upload,
                problems,
                preview,
                status);
    }

    /** Where changes wait for review, the administrator is told that an import does not. */
    private Paragraph reviewNote(boolean reviewRequired) {
        Paragraph note = new Paragraph(getTranslation("import.published-directly"));
        note.setId("import-review-note");
        note.setVisible(reviewRequired);
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title");
    }

    private String megabytes() {
        return getTranslation("import.megabytes", String.valueOf(maxBytes / (1024 * 1024)));
    }

    /** The upload field's own words; in English they are the web component's defaults. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.upload.drop-one"))
                        .setMany(getTranslation("import.upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add-one"))
                        .setMany(getTranslation("import.upload.add-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.too-many-files"))
                        .setFileIsTooBig(getTranslation("import.upload.file-too-big"))
                        .setIncorrectFileType(getTranslation("import.upload.incorrect-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("import.upload.connecting"))
                                .setStalled(getTranslation("import.upload.stalled"))
                                .setProcessing(getTranslation("import.upload.processing"))
                                .setHeld(getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("import.upload.remaining-prefix"))
                                .setUnknown(getTranslation("import.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.server-error"))
                                .setForbidden(getTranslation("import.upload.forbidden"))
                                .setFileTooLarge(getTranslation("import.upload.too-large"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("import.upload.retry"))
                        .setStart(getTranslation("import.upload.start"))
                        .setRemove(getTranslation("import.upload.remove")));
    }

    void received(String fileName, byte[] data) {
        status.setText("");
        if (data.length > maxBytes) {
            showProblems(getTranslation("import.too-large", megabytes()), java.util.List.of());
            return;
        }
        try {
            Dataset dataset = DatasetReader.read(new ByteArrayInputStream(data));
            pending = dataset;
            pendingName = fileName;
            shown = ImportPreview.of(imports.current(), dataset);
            problems.setVisible(false);
            lines.setItems(shown.lines().stream().filter(l -> !l.unchanged()).toList());
            preview.setVisible(true);
            apply.setEnabled(!shown.unchanged());
            status.setText(getTranslation(shown.unchanged() ? "import.nothing-to-apply" : "import.check-preview"));
        } catch (DatasetException e) {
            showProblems(
                    getTranslation(e.found() == 1 ? "import.refused.one" : "import.refused.many", fileName, e.found()),
                    Words.problems(e));
        }
    }

    private void showProblems(String message, java.util.List<String> list) {
        pending = null;
        preview.setVisible(false);
        problems.removeAll();
        problems.add(new Paragraph(message));
        if (!list.isEmpty()) {
            UnorderedList items = new UnorderedList();
            list.forEach(p -> items.add(new ListItem(p)));
            problems.add(items);
        }
        problems.setVisible(true);
    }

    private void applyPending() {
        if (pending == null || running) {
            return;
        }
        Dataset dataset = pending;
        String name = pendingName;
        long revision = shown.revision();
        UI ui = UI.getCurrent();
        running = true;
        apply.setEnabled(false);
        discard.setEnabled(false);
        upload.setVisible(false);
        progress.setVisible(true);
        status.setText(getTranslation("import.applying", name));
        ui.setPollInterval(500);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            // The outcome is put into words on the UI's thread, which knows the user's language.
            Phrase outcome;
            boolean ok;
            try {
                imports.apply(dataset, revision, name);
                outcome = Phrase.of("import.applied", name);
                ok = true;
            } catch (Drafts.EditConflictException e) {
                outcome = Phrase.of("import.conflict", e.reason());
                ok = false;
            } catch (RuntimeException e) {
                String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
                log.error("Import of {} failed (reference {})", name, reference, e);
                outcome = Phrase.of("import.failed", reference);
                ok = false;
            }
            Phrase result = outcome;
            boolean success = ok;
            ui.access(() -> {
                String message = Words.of(result);
                running = false;
                ui.setPollInterval(-1);
                progress.setVisible(false);
                upload.setVisible(true);
                upload.clearFileList();
                discard.setEnabled(true);
                if (success) {
                    reset(message);
                } else {
                    showProblems(message, java.util.List.of());
                }
            });
        }));
    }

    private void reset(String message) {
        pending = null;
        shown = null;
        preview.setVisible(false);
        upload.clearFileList();
        status.setText(message);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (running) {
            event.postpone();
            status.setText(getTranslation("import.still-running"));
        }
    }
}
