package org.redlines.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.redlines.changes.Changes;
import org.redlines.changes.ChangesService;
import org.redlines.charts.ChartService;
import org.redlines.charts.ui.ChartModel;
import org.redlines.charts.ui.ChartModels;
import org.redlines.compare.ActorComparison;
import org.redlines.compare.CompareService;
import org.redlines.compare.LineageTable;
import org.redlines.compare.PlanComparison;
import org.redlines.compare.WordDiff;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.Notice;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.routes.Routes;
import org.springframework.stereotype.Component;

/**
 * The first views of the feature pages: party vs party, plan versions, what moved and charts, each from its
 * feature's own service (the same parsing of the link, the same rows) and written with jsoup, which escapes. Each
 * also says what its preview picture shows.
 */
@Component
class FeatureFirstViews {

    private final CompareService compare;
    private final ChangesService changes;
    private final ChartService charts;

    FeatureFirstViews(CompareService compare, ChangesService changes, ChartService charts) {
        this.compare = compare;
        this.changes = changes;
        this.charts = charts;
    }

    /** What a feature view gives its first answer and its preview picture. */
    record Rendered(FirstView view, PreviewImage.Content picture) {}

    Rendered compareActors(Map<String, List<String>> parameters, String origin) {
        ActorComparison shown = compare.compareActors(parameters);
        Map<String, List<String>> query = shown.filter().toParameters(shown.catalog());
        Element main = FirstViewRenderer.container();
        String heading = Messages.t(
                "compare.actors.title",
                shown.a().name(),
                shown.b().name(),
                shown.plan().title());
        main.appendElement("h1").text(heading);
        notices(main, shown.notices());
        String counts = shown.counts().entrySet().stream()
                .map(e -> Words.verdict(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
        main.appendElement("p").addClass("rl-first-filters").text(counts);
        Element table = main.appendElement("table").addClass("rl-first-matrix").id("first-compare");
        table.appendElement("caption").text(heading);
        header(
                table,
                Messages.t("common.ref"),
                Messages.t("common.point"),
                shown.a().name(),
                shown.b().name(),
                Messages.t("compare.column.verdict"));
        Element body = table.appendElement("tbody");
        List<List<PreviewImage.Cell>> cells = new ArrayList<>();
        for (ActorComparison.Row row : shown.rows()) {
            Element tr = body.appendElement("tr").attr("data-ref", row.point().ref());
            tr.appendElement("th").attr("scope", "row").text(row.point().ref());
            pointLink(tr.appendElement("td"), row.point(), shown.catalog(), false);
            stance(tr.appendElement("td").attr("data-actor", shown.a().code()), row.a());
            stance(tr.appendElement("td").attr("data-actor", shown.b().code()), row.b());
            tr.appendElement("td").attr("data-verdict", row.verdict().code()).text(Words.verdict(row.verdict()));
            cells.add(List.of(cell(row.a()), cell(row.b())));
        }
        dataLine(main, shown.catalog());
        String title = Messages.t(
                "compare.actors.page-title",
                shown.a().name(),
                shown.b().name(),
                shown.plan().code());
        String description = heading + ". " + counts + "." + frozenSentence(shown.catalog());
        FirstView view =
                view(Routes.COMPARE_ACTORS, "compare-actors", query, shown.catalog(), origin, title, description, main);
        PreviewImage.Content picture = new PreviewImage.Content(
                Messages.t("app.name"),
                heading,
                shown.plan().code() + " · " + Messages.date(shown.plan().date()),
                List.of(shown.a().name(), shown.b().name()),
                shown.rows().stream().map(r -> r.point().ref()).toList(),
                cells,
                counts,
                FirstViewRenderer.legend(),
                List.of());
        return new Rendered(view, picture);
    }

    Rendered comparePlans(Map<String, List<String>> parameters, String origin) {
        PlanComparison shown = compare.comparePlans(parameters);
        Map<String, List<String>> query = shown.filter().toParameters(shown.catalog());
        List<PlanInfo> plans = shown.table().plans();
        Element main = FirstViewRenderer.container();
        String heading = Messages.t("compare.plans.title");
        main.appendElement("h1").text(heading);
        notices(main, shown.notices());
        Element table = main.appendElement("table").addClass("rl-first-matrix").id("first-versions");
        table.appendElement("caption").text(heading);
        header(table, plans.stream().map(FeatureFirstViews::planLabel).toArray(String[]::new));
        Element body = table.appendElement("tbody");
        int added = 0;
        int dropped = 0;
        for (LineageTable.Row row : shown.table().rows()) {
            Element tr = body.appendElement("tr");
            for (LineageTable.Cell cell : row.cells()) {
                Element td = tr.appendElement("td")
                        .attr("data-status", cell.status().name().toLowerCase(java.util.Locale.ROOT));
                switch (cell.status()) {
                    case DROPPED -> {
                        td.appendElement("em").text(Messages.t("compare.plans.dropped"));
                        dropped++;
                    }
                    case ADDED -> {
                        td.appendElement("em").text(Messages.t("common.added"));
                        added++;
                    }
                    default -> {}
                }
                for (PointInfo p : cell.points()) {
                    pointLink(td.appendElement("div"), p, shown.catalog(), true);
                }
                if (cell.status() == LineageTable.Status.CARRIED) {
                    Element diff = td.appendElement("p");
                    for (WordDiff.Segment segment : cell.diff()) {
                        String tag = switch (segment.kind()) {
                            case ADDED -> "ins";
                            case REMOVED -> "del";
                            case SAME -> "span";
                        };
                        diff.appendElement(tag).text(segment.text());
                        diff.appendText(" ");
                    }
                } else if (!cell.points().isEmpty()) {
                    td.appendElement("p")
                            .text(cell.points().stream().map(PointInfo::summary).collect(Collectors.joining(" ")));
                }
            }
        }
        dataLine(main, shown.catalog());
        String codes = plans.stream().map(PlanInfo::code).collect(Collectors.joining(", "));
        String title = Messages.t("compare.plans.page-title", codes);
        String description = Messages.t(
                        "first.description.versions",
                        codes,
                        shown.table().rows().size(),
                        added,
                        dropped)
                + frozenSentence(shown.catalog());
        FirstView view =
                view(Routes.COMPARE_PLANS, "compare-plans", query, shown.catalog(), origin, title, description, main);
        List<List<String>> rows = new ArrayList<>();
        rows.add(plans.stream().map(FeatureFirstViews::planLabel).toList());
        for (LineageTable.Row row : shown.table().rows()) {
            rows.add(row.cells().stream()
                    .map(c -> c.points().isEmpty()
                            ? (c.status() == LineageTable.Status.DROPPED ? "×" : "")
                            : c.points().stream().map(PointInfo::ref).collect(Collectors.joining(", ")))
                    .toList());
        }
        return new Rendered(view, text(heading, codes, rows, description));
    }

    Rendered changes(Map<String, List<String>> parameters, String origin) {
        Changes shown = changes.changes(parameters);
        Map<String, List<String>> query = shown.filter().toParameters(shown.catalog());
        Element main = FirstViewRenderer.container();
        String heading = Messages.t("changes.title", Messages.date(shown.from()), Messages.date(shown.to()));
        main.appendElement("h1").text(heading);
        notices(main, shown.notices());
        Element days = main.appendElement("section").id("first-changes");
        if (shown.days().isEmpty()) {
            days.appendElement("p").text(Messages.t("changes.none"));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                Messages.t("first.picture.date"),
                Messages.t("chart.column.party"),
                Messages.t("common.point"),
                Messages.t("first.picture.move")));
        for (Changes.Day day : shown.days()) {
            Element section =
                    days.appendElement("section").attr("data-date", day.date().toString());
            section.appendElement("h2").text(Messages.date(day.date()));
            Element list = section.appendElement("ul");
            for (EventInfo event : day.events()) {
                Element item = list.appendElement("li").addClass("rl-first-event");
                item.appendElement("strong").text(Words.eventKind(event.kind()) + ": ");
                item.appendText(event.title());
            }
            for (Changes.Change c : day.changes()) {
                Element item =
                        list.appendElement("li").attr("data-trend", c.trend().code());
                item.appendElement("strong").text(c.actor().name());
                item.appendText(" " + Messages.t("changes.on") + " ");
                // as the view names it: the plan's code first, since a period spans several plans
                item.appendElement("a")
                        .attr(
                                "href",
                                Links.atRevision(
                                        Links.point(c.plan().code(), c.point().ref()),
                                        FirstViewRenderer.frozen(shown.catalog())))
                        .text(c.plan().code() + " " + c.point().ref() + ". "
                                + c.point().title());
                String move = (c.before() == null ? "" : Words.cell(c.before()) + " → ") + Words.cell(c.after());
                item.appendElement("p").text(move + " (" + Words.trend(c.trend()) + ")");
                if (c.after().summary() != null) {
                    item.appendElement("p").text(c.after().summary());
                }
                sources(item, c.sources());
                rows.add(List.of(
                        Messages.date(day.date()),
                        c.actor().name(),
                        c.plan().code() + " " + c.point().ref(),
                        move));
            }
        }
        dataLine(main, shown.catalog());
        String title = Messages.t("changes.page-title", Messages.date(shown.from()), Messages.date(shown.to()));
        String description = Messages.t(
                        "first.description.changes", shown.size(), shown.days().size())
                + frozenSentence(shown.catalog());
        FirstView view = view(Routes.CHANGES, "changes", query, shown.catalog(), origin, title, description, main);
        return new Rendered(view, text(heading, "", rows, description));
    }

    Rendered charts(Map<String, List<String>> parameters, String origin) {
        var page = charts.open(parameters);
        ChartModel model = ChartModels.of(page);
        // in the order of the charts view's own links: the chart, then the matrix's parameters
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(ChartService.CHART, List.of(page.kind().code()));
        query.putAll(org.redlines.positions.MatrixParams.toParameters(page.filter(), page.catalog()));
        Element main = FirstViewRenderer.container();
        main.appendElement("h1").text(model.title());
        notices(main, page.notices());
        main.appendElement("p")
                .addClass("rl-first-subtitle")
                .id("first-chart-summary")
                .text(model.summary());
        if (!model.isEmpty()) {
            Map<String, List<String>> picture = new LinkedHashMap<>();
            picture.put(FirstViewRenderer.VIEW, List.of("charts"));
            picture.putAll(query);
            Long rev = FirstViewRenderer.frozen(page.catalog());
            if (rev != null) {
                picture.put(org.redlines.positions.MatrixParams.REV, List.of(String.valueOf(rev)));
            }
            main.appendElement("img")
                    .attr("src", "/" + Links.withQuery(Routes.PREVIEW, picture))
                    .attr("alt", model.title() + ". " + model.summary())
                    .attr("width", "600")
                    .attr("height", "315")
                    .addClass("rl-first-figure");
            Element table =
                    main.appendElement("table").addClass("rl-first-matrix").id("first-chart-table");
            table.appendElement("caption").text(model.title());
            header(table, model.table().header().toArray(String[]::new));
            Element body = table.appendElement("tbody");
            for (List<String> row : model.table().rows()) {
                Element tr = body.appendElement("tr");
                for (int i = 0; i < row.size(); i++) {
                    if (i == 0) {
                        tr.appendElement("th").attr("scope", "row").text(row.get(i));
                    } else {
                        tr.appendElement("td").text(row.get(i));
                    }
                }
            }
        }
        dataLine(main, page.catalog());
        String title = Messages.t("chart.view.page-title-chart", model.title());
        String description = model.summary() + frozenSentence(page.catalog());
        FirstView view = view(Routes.CHARTS, "charts", query, page.catalog(), origin, title, description, main);
        List<List<String>> rows = new ArrayList<>();
        if (!model.isEmpty()) {
            rows.add(model.table().header());
            rows.addAll(model.table().rows());
        }
        PreviewImage.Content pictureContent = text(
                model.title(),
                page.matrix().plan().code() + " · "
                        + Messages.date(page.matrix().plan().date()),
                rows,
                model.summary());
        if (page.kind() == org.redlines.charts.ChartKind.STANCES && !model.isEmpty()) {
            pictureContent = stanceBars(model, pictureContent, page.matrix());
        }
        return new Rendered(view, pictureContent);
    }

    /** The stances chart drawn as it is on screen: one row of stance-coloured cells per party. */
    private static PreviewImage.Content stanceBars(
            ChartModel model, PreviewImage.Content text, org.redlines.positions.Matrix matrix) {
        List<String> parties = matrix.actors().stream().map(ActorInfo::name).toList();
        List<String> refs = matrix.rows().stream().map(r -> r.point().ref()).toList();
        List<List<PreviewImage.Cell>> cells = matrix.rows().stream()
                .map(r -> matrix.actors().stream()
                        .map(a -> cell(r.cell(a.code())))
                        .toList())
                .toList();
        return new PreviewImage.Content(
                text.product(),
                text.title(),
                text.subtitle(),
                parties,
                refs,
                cells,
                model.summary(),
                FirstViewRenderer.legend(),
                List.of());
    }

    private static PreviewImage.Content text(String title, String subtitle, List<List<String>> rows, String footer) {
        return new PreviewImage.Content(
                Messages.t("app.name"), title, subtitle, List.of(), List.of(), List.of(), footer, List.of(), rows);
    }

    private static FirstView view(
            String route,
            String pictureView,
            Map<String, List<String>> query,
            Catalog catalog,
            String origin,
            String title,
            String description,
            Element main) {
        Long rev = FirstViewRenderer.frozen(catalog);
        String link = Links.atRevision(Links.withQuery(route, query), rev);
        Map<String, List<String>> picture = new LinkedHashMap<>();
        picture.put(FirstViewRenderer.VIEW, List.of(pictureView));
        picture.putAll(query);
        if (rev != null) {
            picture.put(org.redlines.positions.MatrixParams.REV, List.of(String.valueOf(rev)));
        }
        String image = origin + "/" + Links.withQuery(Routes.PREVIEW, picture);
        return new FirstView(title, description, origin + "/" + link, image, main);
    }

    private static void header(Element table, String... names) {
        Element head = table.appendElement("thead").appendElement("tr");
        for (String name : names) {
            head.appendElement("th").attr("scope", "col").text(name);
        }
    }

    private static void pointLink(Element into, PointInfo point, Catalog catalog, boolean withPlan) {
        into.appendElement("a")
                .attr(
                        "href",
                        Links.atRevision(Links.point(point.plan(), point.ref()), FirstViewRenderer.frozen(catalog)))
                .text((withPlan ? point.ref() + ". " : "") + point.title());
    }

    private static void stance(Element td, PositionInfo position) {
        if (position == null) {
            td.attr("data-stance", "none").text("–");
            return;
        }
        td.attr("data-stance", position.stance().code()).text(Words.cell(position));
        if (position.redLine()) {
            td.attr("data-redline", "true");
        }
    }

    private static PreviewImage.Cell cell(PositionInfo position) {
        return position == null
                ? new PreviewImage.Cell(null, false)
                : new PreviewImage.Cell(position.stance(), position.redLine());
    }

    private static void sources(Element item, List<SourceInfo> sources) {
        if (sources.isEmpty()) {
            return;
        }
        Element list = item.appendElement("ul");
        for (SourceInfo source : sources) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", source.url())
                    .attr("rel", "noopener noreferrer")
                    .text(source.publisher() + (source.title() == null ? "" : ": " + source.title()));
        }
    }

    private static void notices(Element main, List<Notice> notices) {
        FirstViewRenderer.notices(main, notices);
    }

    private static void dataLine(Element main, Catalog catalog) {
        main.appendElement("p").addClass("rl-first-data").text(MatrixSummary.dataLine(catalog));
    }

    private static String frozenSentence(Catalog catalog) {
        return catalog.frozen() == null
                ? ""
                : " "
                        + Messages.t(
                                "first.description.frozen",
                                catalog.frozen().number(),
                                Messages.date(catalog.frozen()
                                        .changedAt()
                                        .atZone(java.time.ZoneOffset.UTC)
                                        .toLocalDate()));
    }

    private static String planLabel(PlanInfo plan) {
        return plan.code() + " (" + Messages.date(plan.date()) + ")";
    }
}
