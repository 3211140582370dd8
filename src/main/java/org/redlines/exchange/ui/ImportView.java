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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.redlines.exchange.DatasetException;
import org.redlines.exchange.DatasetReader;
import org.redlines.positions.Dataset;
import org.redlines.positions.DatasetImportService;
import org.redlines.positions.Drafts;
import org.redlines.positions.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Administrators replace the whole dataset with a file: it is checked first, then a preview says what would be
 * added, changed and removed per plan and party, and only then can it be applied, all of it or nothing.
 */
@Route(Links.IMPORT)
@PageTitle("Import a dataset · Redlines")
@RolesAllowed("ADMIN")
public class ImportView extends Div implements BeforeLeaveObserver {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final DatasetImportService imports;
    private final TaskExecutor executor;
    private final long maxBytes;

    final Upload upload;
    final Div problems = new Div();
    final Div preview = new Div();
    final Grid<DatasetImportService.Line> lines = new Grid<>();
    final Button apply = new Button("Apply this dataset");
    final Button discard = new Button("Discard");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    private Dataset pending;
    private String pendingName;
    private DatasetImportService.Preview shown;
    private boolean running;

    public ImportView(DatasetImportService imports, TaskExecutor executor,
            @Value("${redlines.import.max-size:20MB}") org.springframework.util.unit.DataSize maxSize) {
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
        upload.addFileRejectedListener(e -> showProblems("The file was not accepted: " + e.getErrorMessage()
                + " The limit is " + megabytes() + ". Nothing was changed.", java.util.List.of()));

        problems.setId("import-problems");
        problems.addClassName("rl-notices");
        problems.setVisible(false);

        lines.setId("import-preview");
        lines.addColumn(DatasetImportService.Line::scope).setHeader("Where").setKey("scope");
        lines.addColumn(DatasetImportService.Line::what).setHeader("What").setKey("what");
        lines.addColumn(DatasetImportService.Line::added).setHeader("Added").setKey("added");
        lines.addColumn(DatasetImportService.Line::changed).setHeader("Changed").setKey("changed");
        lines.addColumn(DatasetImportService.Line::removed).setHeader("Removed").setKey("removed");
        lines.setAllRowsVisible(true);
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        apply.addClickListener(e -> applyPending());
        discard.addClickListener(e -> reset("Discarded; nothing was changed."));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-label", "Applying the dataset");
        status.setId("import-status");
        preview.add(new H2("Preview"), lines, new Div(discard, apply), progress);
        preview.setVisible(false);

        add(new H1("Import a dataset"),
                new Paragraph("Upload a file in the redlines-dataset/1 format (at most " + megabytes() + "). It "
                        + "replaces all plans, points, parties, topics, positions and sources. The file is checked "
                        + "first and nothing changes until you apply the preview. The history records the import "
                        + "as one revision in your name, so the data before it stays reachable by a frozen link."),
                upload, problems, preview, status);
    }

    private String megabytes() {
        return (maxBytes / (1024 * 1024)) + " MB";
    }

    void received(String fileName, byte[] data) {
        status.setText("");
        if (data.length > maxBytes) {
            showProblems("The file is larger than the limit of " + megabytes() + ". Nothing was changed.",
                    java.util.List.of());
            return;
        }
        try {
            Dataset dataset = DatasetReader.read(new ByteArrayInputStream(data));
            pending = dataset;
            pendingName = fileName;
            shown = imports.preview(dataset);
            problems.setVisible(false);
            lines.setItems(shown.lines().stream().filter(l -> !l.unchanged()).toList());
            preview.setVisible(true);
            apply.setEnabled(!shown.unchanged());
            status.setText(shown.unchanged() ? "The file holds exactly the current data; there is nothing to apply."
                    : "Check the preview, then apply it or discard it.");
        } catch (DatasetException e) {
            showProblems("\"" + fileName + "\" was not imported: " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ". Nothing was changed.", e.problems());
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
        status.setText("Applying " + name + " ...");
        ui.setPollInterval(500);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            String outcome;
            boolean ok;
            try {
                imports.apply(dataset, revision, name);
                outcome = "Applied " + name + ". The history records it as one revision.";
                ok = true;
            } catch (Drafts.EditConflictException e) {
                outcome = e.getMessage() + " Nothing was changed.";
                ok = false;
            } catch (RuntimeException e) {
                String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
                log.error("Import of {} failed (reference {})", name, reference, e);
                outcome = "The import failed and nothing was changed. The file passed the checks but the database "
                        + "refused it; tell your administrator the reference " + reference + ".";
                ok = false;
            }
            String message = outcome;
            boolean success = ok;
            ui.access(() -> {
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
            status.setText("The import is still running; wait until it finishes.");
        }
    }
}
