package org.redlines.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.AuditLogService;
import org.redlines.positions.AuditLogService.AuditChange;
import org.redlines.positions.AuditLogService.AuditEntry;
import org.redlines.positions.AuditLogService.AuditFilter;
import org.redlines.positions.AuditLogService.EntityType;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.Notice;
import org.redlines.positions.QueryReader;
import org.redlines.routes.Routes;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;

/** Every recorded change, newest first, filterable by user, date and kind of entity; a row opens its details. */
@Route(Routes.AUDIT)
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String USER = "user";
    static final String FROM = "from";
    static final String TO = "to";
    static final String TYPE = "type";
    static final String SHOW = "show";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); // not-ui-text

    private final AuditLogService history;
    final com.vaadin.flow.component.button.Button backup =
            new com.vaadin.flow.component.button.Button(getTranslation("audit.backup"));
    final Div backupResult = new Div();
    final TextField user = new TextField(getTranslation("common.user"));
    final DatePicker from = new DatePicker(getTranslation("common.from"));
    final DatePicker to = new DatePicker(getTranslation("common.to"));
    final Select<EntityType> type = new Select<>();
    final Grid<AuditEntry> grid = new Grid<>();
    final Div details = new Div();
    final NoticeBox notices = new NoticeBox();
    private AuditFilter filter = new AuditFilter(null, null, null, null);
    private Long shownRevision;
    private boolean reading;

    public AuditView(AuditLogService history, org.redlines.exchange.BackupService backups) {
        this.history = history;
        backup.setId("backup-now");
        backupResult.setId("backup-result");
        backup.addClickListener(e -> {
            List<java.nio.file.Path> files = backups.backup();
            backupResult.removeAll();
            backupResult.add(new Span(
                    getTranslation("audit.backup.written", files.getFirst().getParent()) + " "));
            for (java.nio.file.Path file : files) {
                String name = file.getFileName().toString();
                Anchor download = new Anchor(Routes.BACKUPS + name, name);
                download.getElement().setAttribute("download", true);
                backupResult.add(download, new Span(" "));
            }
        });
        addClassName("rl-page");
        setId("audit-view");
        user.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        user.setClearButtonVisible(true);
        Navigation.isoDates(from);
        Navigation.isoDates(to);
        type.setLabel(getTranslation("common.kind"));
        type.setItems(EntityType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("audit.filter.any") : Words.entity(t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.filter.any"));
        user.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        type.addValueChangeListener(e -> changed());
        Div filters = new Div(user, from, to, type);
        filters.addClassName("rl-filters");

        grid.setId("audit-grid");
        grid.addColumn(e -> e.revision().number())
                .setHeader(getTranslation("audit.column.revision"))
                .setKey("rev")
                .setAutoWidth(true);
        grid.addColumn(e -> when(e.revision().changedAt()))
                .setHeader(getTranslation("audit.column.when"))
                .setKey("when")
                .setAutoWidth(true);
        grid.addColumn(e -> e.revision().username())
                .setHeader(getTranslation("audit.column.who"))
                .setKey("who")
                .setAutoWidth(true);
        grid.addColumn(e -> counts(e))
                .setHeader(getTranslation("common.changed"))
                .setKey("changed")
                .setFlexGrow(1);
        grid.addColumn(e -> Words.revisionNote(e.revision().note()))
                .setHeader(getTranslation("common.note-label"))
                .setKey("note")
                .setFlexGrow(1);
        grid.setHeight("22em");
        grid.addItemClickListener(e -> navigate(e.getItem().revision().number()));
        details.setId("audit-details");
        Div backupBar = new Div(backup, backupResult);
        backupBar.addClassName("rl-edit-actions");
        add(new H1(getTranslation("common.audit-log")), backupBar, notices, filters, grid, details);
    }

    private static String counts(AuditEntry e) {
        return e.counts().entrySet().stream()
                .map(c -> Messages.t(
                        "audit.count",
                        String.valueOf(c.getValue()),
                        Words.entity(c.getKey()).toLowerCase(Messages.current())))
                .collect(Collectors.joining(", "));
    }

    /** When a revision was recorded, in UTC, with the date as the user's language writes it. */
    private static String when(java.time.Instant at) {
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return Messages.t("audit.when", Messages.date(utc.toLocalDate()), TIME.format(utc));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryReader in =
                new QueryReader(event.getLocation().getQueryParameters().getParameters());
        String u = in.single(USER);
        LocalDate f = in.date(FROM);
        LocalDate t = in.date(TO);
        String typeCode = in.single(TYPE);
        EntityType kind = null;
        if (typeCode != null) {
            try {
                kind = EntityType.valueOf(typeCode.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                in.notice(
                        Notice.UNKNOWN,
                        TYPE,
                        typeCode,
                        List.of(EntityType.values()).stream()
                                .map(x -> x.name().toLowerCase())
                                .collect(Collectors.joining(", ")));
            }
        }
        Long shownRev = in.number(SHOW);
        filter = new AuditFilter(u, f, t, kind);
        shownRevision = shownRev;
        reading = true;
        try {
            user.setValue(u == null ? "" : u);
            from.setValue(f);
            to.setValue(t);
            type.setValue(kind);
        } finally {
            reading = false;
        }
        notices.show(in.notices());
        List<AuditEntry> entries = history.audit(filter);
        grid.setItems(entries);
        showDetails(entries);
    }

    private void showDetails(List<AuditEntry> entries) {
        details.removeAll();
        if (shownRevision == null) {
            details.add(new Paragraph(
                    entries.isEmpty()
                            ? getTranslation("audit.details.none")
                            : getTranslation("audit.details.choose", AuditLogService.LIMIT)));
            return;
        }
        long rev = shownRevision;
        details.add(new H2(getTranslation("audit.details.revision", String.valueOf(rev))));
        Grid<AuditChange> changes = new Grid<>();
        changes.setId("audit-changes");
        changes.addColumn(c -> Words.entity(c.type()))
                .setHeader(getTranslation("common.kind"))
                .setAutoWidth(true);
        changes.addColumn(c -> Words.kind(c.kind()))
                .setHeader(getTranslation("audit.changes.change"))
                .setAutoWidth(true);
        changes.addColumn(c -> Words.of(c.label()))
                .setHeader(getTranslation("common.what"))
                .setFlexGrow(1);
        List<AuditChange> list = history.changesIn(rev);
        changes.setItems(list);
        changes.setHeight(Math.min(list.size() + 1, 16) * 2.6 + 1 + "em");
        Anchor after = new Anchor(
                Links.withQuery(Routes.MATRIX, Map.of(MatrixParams.REV, List.of(String.valueOf(rev)))),
                getTranslation("audit.details.matrix-at"));
        after.setId("audit-open-after");
        details.add(after);
        if (rev > 1) {
            details.add(
                    new Span(" · "),
                    new Anchor(
                            Links.withQuery(Routes.MATRIX, Map.of(MatrixParams.REV, List.of(String.valueOf(rev - 1)))),
                            getTranslation("audit.details.matrix-before")));
        }
        details.add(changes);
    }

    private void changed() {
        if (!reading) {
            filter = new AuditFilter(user.getValue(), from.getValue(), to.getValue(), type.getValue());
            navigate(null);
        }
    }

    private void navigate(Long show) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            params.put(USER, List.of(filter.user().strip()));
        }
        if (filter.from() != null) {
            params.put(FROM, List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            params.put(TO, List.of(filter.to().toString()));
        }
        if (filter.type() != null) {
            params.put(TYPE, List.of(filter.type().name().toLowerCase()));
        }
        if (show != null) {
            params.put(SHOW, List.of(String.valueOf(show)));
        }
        UI.getCurrent().navigate(Routes.AUDIT, new QueryParameters(params));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    private static final class Span extends com.vaadin.flow.component.html.Span {
        Span(String text) {
            super(text);
        }
    }
}
