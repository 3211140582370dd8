package org.redlines.releases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixService;
import org.redlines.positions.ReleaseInfo;
import org.redlines.positions.ReleaseService;
import org.redlines.releases.Citation;
import org.redlines.releases.ReleaseFiles;
import org.redlines.routes.Routes;
import org.springframework.beans.factory.annotation.Value;

/**
 * One release: what it froze and when, whether a newer one superseded it, what changed since the previous release,
 * its files with their SHA-256 checksums, and how to cite it. Nothing here changes a release.
 */
@AnonymousAllowed
@Route(Routes.RELEASE_TEMPLATE)
public class ReleaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReleaseService releases;
    private final ReleaseFiles files;
    private final MatrixService matrices;
    private final String base;
    private String title = "";

    public ReleaseView(
            ReleaseService releases,
            ReleaseFiles files,
            MatrixService matrices,
            @Value("${redlines.public-url}") String publicUrl) {
        this.releases = releases;
        this.files = files;
        this.matrices = matrices;
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        addClassName("rl-page");
        setId("release-view");
    }

    @Override
    public String getPageTitle() {
        return title + " | " + Messages.t("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String name = event.getRouteParameters().get("name").orElse("");
        ReleaseInfo release = releases.byName(name).orElse(null);
        Anchor all = new Anchor(Routes.RELEASES, Messages.t("release.all"));
        if (release == null) {
            title = Messages.t("release.list-title");
            Paragraph missing = new Paragraph(Messages.t("release.missing", name));
            missing.setId("release-missing");
            add(new H1(title), missing, all);
            return;
        }
        title = Messages.t("release.title", release.name());
        add(new H1(title));
        Paragraph status = new Paragraph();
        status.setId("release-status");
        if (release.supersededBy() == null) {
            status.setText(Messages.t("release.current"));
        } else {
            status.add(new Span(Messages.t("release.superseded", release.supersededBy()) + " "));
            status.add(new Anchor(Routes.RELEASES + "/" + release.supersededBy(), Messages.t("release.open-newer")));
        }
        Paragraph meta = new Paragraph(
                Messages.t("release.meta", Messages.date(day(release)), release.revision(), release.publishedBy()));
        meta.setId("release-meta");
        Anchor frozen = new Anchor(
                Routes.MATRIX + "?rev=" + release.revision(), Messages.t("release.open-matrix", release.revision()));
        frozen.setId("release-matrix");
        add(status, meta, frozen);
        if (release.notes() != null) {
            Paragraph notes = new Paragraph(release.notes());
            notes.setId("release-notes-text");
            notes.addClassName("rl-release-notes");
            add(notes);
        }

        add(new H2(
                release.previous() == null
                        ? Messages.t("release.changes-first")
                        : Messages.t("release.changes-since", release.previous())));
        Catalog catalog = matrices.catalog();
        Grid<ReleaseService.Change> changes = new Grid<>();
        changes.setId("release-changes");
        changes.addColumn(c -> catalog.plan(c.plan())
                        .map(p -> p.code() + " · " + p.title())
                        .orElse(c.plan()))
                .setHeader(Messages.t("common.plan"))
                .setFlexGrow(2);
        changes.addColumn(c -> catalog.actor(c.actor()).map(a -> a.name()).orElse(c.actor()))
                .setHeader(Messages.t("common.party"))
                .setFlexGrow(1);
        changes.addColumn(ReleaseService.Change::entries)
                .setHeader(Messages.t("release.entries"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        List<ReleaseService.Change> rows = releases.changesSince(release);
        changes.setItems(rows);
        changes.setAllRowsVisible(true);
        add(changes);
        if (release.previous() != null) {
            LocalDate from =
                    releases.byName(release.previous()).map(ReleaseView::day).orElse(day(release));
            Anchor moved = new Anchor(
                    Routes.CHANGES + "?from=" + from + "&to=" + day(release),
                    Messages.t("release.what-moved", Messages.date(from), Messages.date(day(release))));
            moved.setId("release-what-moved");
            add(new Paragraph(moved));
        }

        add(new H2(Messages.t("release.downloads")));
        UnorderedList downloads = new UnorderedList();
        downloads.setId("release-files");
        for (ReleaseFiles.ReleaseFile f : files.of(release)) {
            Anchor link = new Anchor(Routes.RELEASE_FILES + release.name() + "/" + f.name(), f.name());
            link.getElement().setAttribute("download", true);
            Code sum = new Code(f.sha256());
            sum.addClassName("rl-sha256");
            ListItem item = new ListItem(link, new Span(" " + Messages.t("release.sha256") + " "), sum);
            item.getElement().setAttribute("data-file", f.name());
            downloads.add(item);
        }
        Anchor sums = new Anchor(Routes.RELEASE_FILES + release.name() + "/SHA256SUMS", Messages.t("release.sums"));
        sums.setId("release-sums");
        add(downloads, new Paragraph(sums));

        String link = base + Routes.RELEASES + "/" + release.name();
        String datasetTitle = releases.dataset(release).title();
        add(new H2(Messages.t("release.cite")));
        Paragraph plain = new Paragraph(Citation.plain(release, datasetTitle, link));
        plain.setId("cite-plain");
        Pre bibtex = new Pre(Citation.bibtex(
                release, datasetTitle, link, files.of(release).getFirst().sha256()));
        bibtex.setId("cite-bibtex");
        add(plain, bibtex, new Paragraph(all));
    }

    private static LocalDate day(ReleaseInfo release) {
        return release.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
