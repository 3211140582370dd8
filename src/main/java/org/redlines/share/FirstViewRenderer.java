package org.redlines.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.redlines.dataset.Stance;
import org.redlines.i18n.FilterChip;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointPage;
import org.redlines.positions.PointService;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.TopicInfo;
import org.redlines.routes.Routes;
import org.springframework.stereotype.Component;

/**
 * Renders a view's address as plain semantic HTML from the same services and filter semantics as the view: the
 * matrix's table (the rows and cells the parameters select, as the CSV has them) and the point page's positions.
 * Texts go in through jsoup's {@code text()} and {@code attr()}, which escape; nothing is concatenated into markup.
 */
@Component
class FirstViewRenderer {

    /** The preview picture's parameter naming the view it draws. */
    static final String VIEW = "view";

    /** Rows in the first answer; a larger matrix shows the rest once the live page has loaded. */
    static final int FIRST_ROWS = 50;

    private final MatrixService matrices;
    private final PointService points;
    private final FeatureFirstViews features;

    FirstViewRenderer(MatrixService matrices, PointService points, FeatureFirstViews features) {
        this.matrices = matrices;
        this.points = points;
        this.features = features;
    }

    /**
     * The first view of {@code path} (as the servlet sees it: "/matrix", "/points/US-28/21") with its query
     * parameters; empty for addresses that have none (yet). {@code origin} is "https://host[:port]".
     */
    Optional<FirstView> render(String path, Map<String, List<String>> parameters, String origin) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (p.equals("/") || p.equals("/" + Routes.MATRIX)) {
            return Optional.of(matrix(parameters, origin));
        }
        switch (p.substring(1)) {
            case Routes.COMPARE_ACTORS -> {
                return Optional.of(features.compareActors(parameters, origin).view());
            }
            case Routes.COMPARE_PLANS -> {
                return Optional.of(features.comparePlans(parameters, origin).view());
            }
            case Routes.CHANGES -> {
                return Optional.of(features.changes(parameters, origin).view());
            }
            case Routes.CHARTS -> {
                return Optional.of(features.charts(parameters, origin).view());
            }
            default -> {}
        }
        if (p.startsWith("/" + Routes.POINTS + "/")) {
            String[] parts = p.substring(Routes.POINTS.length() + 2).split("/");
            if (parts.length == 2) {
                return point(Links.decodeSegment(parts[0]), Links.decodeSegment(parts[1]), parameters, origin);
            }
        }
        return Optional.empty();
    }

    private FirstView matrix(Map<String, List<String>> parameters, String origin) {
        MatrixPage page = matrices.open(parameters);
        Matrix matrix = page.matrix();
        Catalog catalog = page.catalog();
        String link = Links.atRevision(Links.matrix(page.filter(), catalog), frozen(catalog));

        // the live matrix's boxes in its order (heading, filters line, stances and legend, grid), so that a
        // browser with scripts can draw this view where the live one will be (first-view.css)
        Element main = container().addClass("rl-first-matrix-view");
        main.appendElement("div")
                .addClass("rl-first-heading")
                .appendElement("h1")
                .text(matrix.plan().title() + " (" + Messages.date(matrix.plan().date()) + ")");
        main.appendElement("p")
                .addClass("rl-first-subtitle")
                .text(matrix.plan().code() + " · " + Messages.date(matrix.plan().date()));
        notices(main, page);
        main.appendElement("p")
                .addClass("rl-first-filters")
                .text(MatrixSummary.lines(page, Instant.now(), "").getFirst());
        toolbar(main, page);
        glance(main, matrix);

        Element table = main.appendElement("table").addClass("rl-first-matrix").id("first-matrix");
        table.appendElement("caption")
                .text(Messages.t("common.red-lines-matrix") + ": "
                        + matrix.plan().code());
        // how many parties share the width: where their columns get too narrow for words (first-view.css lays
        // the rows out as the live grid's, from its column widths); past six parties the live grid gives up its
        // topic column and writes the topic under the title, and so does this table
        boolean many = matrix.actors().size() > Matrix.PARTIES_SIDE_BY_SIDE;
        table.attr(
                "data-parties", many ? "many" : String.valueOf(matrix.actors().size()));
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(Messages.t("common.ref"));
        head.appendElement("th").attr("scope", "col").text(Messages.t("common.point"));
        if (!many) {
            head.appendElement("th").attr("scope", "col").text(Messages.t("common.topic"));
        }
        for (ActorInfo actor : matrix.actors()) {
            head.appendElement("th")
                    .attr("scope", "col")
                    .attr("data-actor", actor.code())
                    .text(actor.name());
        }
        Element body = table.appendElement("tbody");
        List<Matrix.Row> rows = matrix.rows();
        for (Matrix.Row row : rows.subList(0, Math.min(FIRST_ROWS, rows.size()))) {
            Element tr = body.appendElement("tr").attr("data-ref", row.point().ref());
            Element ref =
                    tr.appendElement("th").attr("scope", "row").text(row.point().ref());
            if (tr.elementSiblingIndex() == 0) {
                // Chromium records when the first row's text is painted (Element Timing; the first-rows benchmark)
                ref.attr("elementtiming", "first-rows");
            }
            Element title = tr.appendElement("td");
            title.appendElement("a")
                    .attr(
                            "href",
                            Links.atRevision(
                                    Links.point(
                                            matrix.plan().code(), row.point().ref(), page.filter(), catalog),
                                    frozen(catalog)))
                    .text(row.point().title());
            String topic = row.point().topicName() == null ? "" : row.point().topicName();
            if (many) {
                title.appendElement("span").addClass("rl-first-topic").text(topic);
            } else {
                tr.appendElement("td").text(topic);
            }
            for (ActorInfo actor : matrix.actors()) {
                // the party's name is drawn before the stance where the cells stand in for the live cards (phones)
                cell(
                        tr.appendElement("td").attr("data-actor", actor.code()).attr("data-name", actor.name()),
                        row.cell(actor.code()),
                        matrix);
            }
        }
        if (rows.size() > FIRST_ROWS) {
            main.appendElement("p")
                    .addClass("rl-first-more")
                    .text(Messages.t("first.more-rows", FIRST_ROWS, rows.size()));
        }
        if (rows.isEmpty()) {
            main.appendElement("p").text(Messages.t("first.no-rows"));
        }
        Element footer = main.appendElement("p").addClass("rl-first-data");
        footer.appendElement("span").text(MatrixSummary.dataLine(catalog) + " ");
        footer.appendElement("a")
                .attr("href", Links.withQuery(Routes.MATRIX_CSV, MatrixParams.toParameters(page.filter(), catalog)))
                .text(Messages.t("first.csv"));

        String title = Messages.t("matrix.page-title", matrix.plan().title());
        String image = origin + "/" + Links.withQuery(Routes.PREVIEW, previewParameters("matrix", page));
        return new FirstView(title, describe(page), origin + "/" + link, image, main);
    }

    /**
     * The live toolbar's boxes with their words (the Filters button, a chip per active filter value, the row count),
     * which a browser with scripts shows instead of the filters line, so that the rows below start where the live
     * toolbar, wrapped as it will be, ends (first-view.css). Nothing in it is a control.
     */
    private static void toolbar(Element main, MatrixPage page) {
        List<FilterChip> chips = FilterChip.of(page.catalog(), page.filter());
        Element toolbar = main.appendElement("div").addClass("rl-first-toolbar");
        toolbar.appendElement("span").addClass("rl-first-tool").text(FilterChip.buttonText(chips.size()));
        if (!chips.isEmpty()) {
            Element list = toolbar.appendElement("span").addClass("rl-first-chips");
            chips.forEach(
                    chip -> list.appendElement("span").addClass("rl-first-chip").text(chip.text()));
            if (chips.size() > 1) {
                list.appendElement("span").addClass("rl-first-clear").text(Messages.t("matrix.filter.clear-all"));
            }
        }
        toolbar.appendElement("span").addClass("rl-first-count").text(MatrixSummary.rowCount(page));
    }

    /** Each party's stance on the plan as a whole, and the legend: the two lines above the live grid. */
    private static void glance(Element main, Matrix matrix) {
        Element glance = main.appendElement("div").addClass("rl-first-glance");
        Element stances = glance.appendElement("p")
                .addClass("rl-first-plan-stances")
                .attr("aria-label", Messages.t("matrix.plan-stances.label"));
        for (ActorInfo actor : matrix.actors()) {
            PositionInfo stance = matrix.planStances().get(actor.code());
            Element item = stances.appendElement("span").attr("data-actor", actor.code());
            item.appendElement("strong").text(actor.name());
            item.appendText(" ");
            item.appendElement("span")
                    .attr(
                            "data-stance",
                            stance == null ? "none" : stance.stance().code())
                    .text(stance == null ? "–" : Words.stance(stance.stance()));
            item.appendText(" ");
        }
        Element legend = glance.appendElement("p").addClass("rl-first-legend");
        legend.appendElement("span").text(Messages.t("matrix.legend.title"));
        legend.appendText(" ");
        for (Stance stance : Stance.values()) {
            legend.appendElement("span").attr("data-stance", stance.code()).text(Words.stance(stance));
            legend.appendText(" ");
        }
        for (String key : List.of("matrix.legend.red-line", "matrix.legend.empty", "matrix.legend.sources")) {
            legend.appendElement("span").text(Messages.t(key));
            legend.appendText(" ");
        }
    }

    private static void cell(Element td, PositionInfo cell, Matrix matrix) {
        if (cell == null) {
            td.attr("data-stance", "none").text("–");
            return;
        }
        td.attr("data-stance", cell.stance().code());
        td.appendElement("span").addClass("rl-first-stance").text(Words.stance(cell.stance()));
        if (cell.redLine()) {
            td.attr("data-redline", "true");
            td.appendElement("strong").addClass("rl-first-redline").text(Messages.t("common.red-line"));
        }
        if (cell.asOf() != null) {
            td.appendElement("time").attr("datetime", cell.asOf().toString()).text(Messages.date(cell.asOf()));
        }
        if (matrix.isStale(cell)) {
            td.attr("data-stale", "true");
        }
        if (matrix.isWeak(cell)) {
            td.attr("data-weak", "true");
            td.appendElement("small").addClass("rl-first-weak").text(Messages.t("export.weak"));
        }
    }

    /** "19 points, 4 parties. Russia opposes 4; red lines: none. Filtered: Russia, red lines only." */
    String describe(MatrixPage page) {
        Matrix matrix = page.matrix();
        MatrixFilter filter = page.filter();
        List<String> sentences = new ArrayList<>();
        sentences.add(Messages.t(
                "first.description.size", matrix.rows().size(), matrix.actors().size()));
        if (matrix.actors().size() <= 2) {
            for (ActorInfo actor : matrix.actors()) {
                long opposes = matrix.rows().stream()
                        .map(r -> r.cell(actor.code()))
                        .filter(c -> c != null && c.stance() == Stance.OPPOSES)
                        .count();
                String redLines = matrix.rows().stream()
                        .filter(r -> r.cell(actor.code()) != null
                                && r.cell(actor.code()).redLine())
                        .map(r -> r.point().ref())
                        .collect(Collectors.joining(", "));
                sentences.add(Messages.t(
                        "first.description.party",
                        actor.name(),
                        opposes,
                        redLines.isEmpty() ? Messages.t("first.description.none") : redLines));
            }
        } else {
            String redLines = matrix.actors().stream()
                    .map(actor -> {
                        long n = matrix.rows().stream()
                                .filter(r -> r.cell(actor.code()) != null
                                        && r.cell(actor.code()).redLine())
                                .count();
                        return n == 0 ? null : actor.name() + " " + n;
                    })
                    .filter(s -> s != null)
                    .collect(Collectors.joining(", "));
            sentences.add(Messages.t(
                    "first.description.red-lines",
                    redLines.isEmpty() ? Messages.t("first.description.none") : redLines));
        }
        List<String> filters = new ArrayList<>();
        if (!filter.actors().isEmpty()) {
            matrix.actors().forEach(a -> filters.add(a.name()));
        }
        page.catalog().topics().stream()
                .filter(t -> filter.topics().contains(t.code()))
                .map(TopicInfo::name)
                .forEach(filters::add);
        Arrays.stream(Stance.values())
                .filter(filter.stances()::contains)
                .map(Words::stance)
                .forEach(filters::add);
        if (filter.redLineOnly()) {
            filters.add(Messages.t("summary.red-lines-only"));
        }
        if (filter.contestedOnly()) {
            filters.add(Messages.t("summary.contested-only"));
        }
        if (filter.query() != null) {
            filters.add(Messages.t("summary.search", filter.query()));
        }
        if (filter.asOf() != null) {
            filters.add(Messages.t("summary.as-of", Messages.date(filter.asOf())));
        }
        if (!filters.isEmpty()) {
            sentences.add(Messages.t("first.description.filtered", String.join(", ", filters)));
        }
        if (page.catalog().frozen() != null) {
            sentences.add(Messages.t(
                    "first.description.frozen",
                    page.catalog().frozen().number(),
                    Messages.date(page.catalog()
                            .frozen()
                            .changedAt()
                            .atZone(java.time.ZoneOffset.UTC)
                            .toLocalDate())));
        }
        return String.join(" ", sentences);
    }

    private Optional<FirstView> point(String plan, String ref, Map<String, List<String>> parameters, String origin) {
        Catalog catalog = matrices.catalog(parameters);
        Optional<PointPage> found = points.page(catalog, plan, ref);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PointPage page = found.get();
        Element main = container();
        main.appendElement("h1").text(page.point().ref() + ". " + page.point().title());
        main.appendElement("p")
                .addClass("rl-first-subtitle")
                .text(page.plan().title() + " (" + page.plan().code() + ", "
                        + Messages.date(page.plan().date()) + ")");
        if (page.point().summary() != null) {
            main.appendElement("p").text(page.point().summary());
        }
        List<String> stances = new ArrayList<>();
        Element positions = main.appendElement("section").id("first-positions");
        for (PointPage.ActorHistory history : page.actors()) {
            Element block = positions
                    .appendElement("section")
                    .attr("data-actor", history.actor().code());
            block.appendElement("h2").text(history.actor().name());
            if (history.entries().isEmpty()) {
                block.appendElement("p").text(Messages.t("first.no-position"));
                continue;
            }
            stances.add(
                    history.actor().name() + ": " + Words.cell(history.current().position()));
            Element list = block.appendElement("ol");
            for (PointPage.HistoryEntry entry : history.entries()) {
                PositionInfo position = entry.position();
                Element item = list.appendElement("li")
                        .attr("data-stance", position.stance().code());
                item.appendElement("strong").text(Words.cell(position));
                if (position.asOf() != null) {
                    item.appendText(" ");
                    item.appendElement("time")
                            .attr("datetime", position.asOf().toString())
                            .text(Messages.date(position.asOf()));
                }
                if (position.summary() != null) {
                    item.appendElement("p").text(position.summary());
                }
                if (!entry.sources().isEmpty()) {
                    Element sources = item.appendElement("ul");
                    for (SourceInfo source : entry.sources()) {
                        sources.appendElement("li")
                                .appendElement("a")
                                .attr("href", source.url())
                                .attr("rel", "noopener noreferrer")
                                .text(source.publisher() + (source.title() == null ? "" : ": " + source.title()));
                    }
                }
            }
        }
        String link = Links.atRevision(Links.point(plan, ref), frozen(catalog));
        String title = Messages.t(
                "point.page-title",
                page.point().ref(),
                page.plan().code(),
                page.point().title());
        String description = page.plan().title() + ". " + String.join("; ", stances) + ".";
        Map<String, List<String>> imageParameters = new java.util.LinkedHashMap<>();
        imageParameters.put(VIEW, List.of("point"));
        imageParameters.put("plan", List.of(plan));
        imageParameters.put("ref", List.of(ref));
        if (catalog.frozen() != null) {
            imageParameters.put(
                    MatrixParams.REV, List.of(String.valueOf(catalog.frozen().number())));
        }
        String image = origin + "/" + Links.withQuery(Routes.PREVIEW, imageParameters);
        return Optional.of(new FirstView(title, description, origin + "/" + link, image, main));
    }

    /** The first view's frame: the product's name as a link home, where the live page has its bar. */
    /** The preview picture's parameters: which view, and the view's own parameters as its link has them. */
    static Map<String, List<String>> previewParameters(String view, MatrixPage page) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        out.put(VIEW, List.of(view));
        out.putAll(MatrixParams.toParameters(page.filter(), page.catalog()));
        if (page.catalog().frozen() != null) {
            out.put(
                    MatrixParams.REV,
                    List.of(String.valueOf(page.catalog().frozen().number())));
        }
        return out;
    }

    /** What the preview picture of a feature view ({@code compare-actors}, {@code charts}...) shows. */
    Optional<PreviewImage.Content> featurePicture(String view, Map<String, List<String>> parameters) {
        return Optional.ofNullable(
                        switch (view) {
                            case "compare-actors" -> features.compareActors(parameters, "");
                            case "compare-plans" -> features.comparePlans(parameters, "");
                            case "changes" -> features.changes(parameters, "");
                            case "charts" -> features.charts(parameters, "");
                            default -> null;
                        })
                .map(FeatureFirstViews.Rendered::picture);
    }

    /** What the preview picture of a matrix link shows. */
    PreviewImage.Content matrixPicture(Map<String, List<String>> parameters) {
        MatrixPage page = matrices.open(parameters);
        Matrix matrix = page.matrix();
        List<List<PreviewImage.Cell>> cells = matrix.rows().stream()
                .map(row -> matrix.actors().stream()
                        .map(a -> {
                            PositionInfo cell = row.cell(a.code());
                            return cell == null
                                    ? new PreviewImage.Cell(null, false)
                                    : new PreviewImage.Cell(cell.stance(), cell.redLine());
                        })
                        .toList())
                .toList();
        String date = page.filter().asOf() != null
                ? Messages.date(page.filter().asOf())
                : Messages.date(java.time.LocalDate.now());
        return new PreviewImage.Content(
                Messages.t("app.name"),
                matrix.plan().title(),
                matrix.plan().code() + " · " + Messages.date(matrix.plan().date()) + " · "
                        + Messages.t("first.picture.as-of", date),
                matrix.actors().stream().map(ActorInfo::name).toList(),
                matrix.rows().stream().map(r -> r.point().ref()).toList(),
                cells,
                describe(page),
                legend(),
                List.of());
    }

    /** What the preview picture of a point page shows: each party's current stance on it. */
    Optional<PreviewImage.Content> pointPicture(String plan, String ref, Map<String, List<String>> parameters) {
        Catalog catalog = matrices.catalog(parameters);
        return points.page(catalog, plan, ref).map(page -> {
            List<PreviewImage.Cell> row = page.actors().stream()
                    .map(h -> h.entries().isEmpty()
                            ? new PreviewImage.Cell(null, false)
                            : new PreviewImage.Cell(
                                    h.current().position().stance(),
                                    h.current().position().redLine()))
                    .toList();
            return new PreviewImage.Content(
                    Messages.t("app.name"),
                    page.point().ref() + ". " + page.point().title(),
                    page.plan().title() + " (" + page.plan().code() + ")",
                    page.actors().stream().map(h -> h.actor().name()).toList(),
                    List.of(page.point().ref()),
                    List.of(row),
                    page.actors().stream()
                            .filter(h -> !h.entries().isEmpty())
                            .map(h -> h.actor().name() + ": "
                                    + Words.cell(h.current().position()))
                            .collect(Collectors.joining("; ")),
                    legend(),
                    List.of());
        });
    }

    /** A picture with the product's name and nothing of the data, for a visitor who may not read it. */
    static PreviewImage.Content productOnly() {
        return new PreviewImage.Content(
                Messages.t("app.name"),
                Messages.t("app.name"),
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                List.of(),
                List.of());
    }

    static List<String> legend() {
        List<String> legend = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            legend.add(Words.stance(stance));
        }
        legend.add(Messages.t("common.red-line-label"));
        return legend;
    }

    static Element container() {
        Element first = new Element("div").id("rl-first").addClass("rl-first");
        first.appendElement("header")
                .addClass("rl-first-bar")
                .appendElement("a")
                .attr("href", "/" + Routes.MATRIX)
                .text(Messages.t("app.name"));
        return first;
    }

    private static void notices(Element main, MatrixPage page) {
        notices(main, page.notices());
    }

    static void notices(Element main, List<org.redlines.positions.Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        Element list = main.appendElement("ul").addClass("rl-first-notices").attr("role", "status");
        notices.forEach(n -> list.appendElement("li").text(Words.notice(n)));
    }

    static Long frozen(Catalog catalog) {
        return catalog.frozen() == null ? null : catalog.frozen().number();
    }
}
