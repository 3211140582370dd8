package org.redlines.charts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.charts.ChartKind;
import org.redlines.charts.ChartPage;
import org.redlines.charts.ChartService;
import org.redlines.exchange.Csv;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.PointInfo;
import org.redlines.routes.Routes;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.MatrixFilterBar;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;

/**
 * The charts, computed from the matrix's filter and date; the chart type and every filter are in the URL.
 * Each chart has a text summary and a data table with the same numbers.
 */
@AnonymousAllowed
@Route(Routes.CHARTS)
class ChartsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChartService service;

    final H1 title = new H1();
    private org.redlines.ui.ShareMenu share;
    final com.vaadin.flow.component.menubar.MenuBar shareButton;
    final NoticeBox notices = new NoticeBox();
    final FrozenBanner frozen = new FrozenBanner();
    /** The chart kinds as links (the URL holds the kind), the shown one marked as current. */
    final ChartKinds kinds = new ChartKinds();

    final MatrixFilterBar filterBar = new MatrixFilterBar();
    final Select<PointInfo> point = new Select<>();
    final EChart chart = new EChart();
    final Paragraph summary = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Button downloadPng = new Button(getTranslation("chart.view.download-png"), VaadinIcon.PICTURE.create());
    final Anchor downloadCsv = new Anchor();
    final Anchor openMatrix = new Anchor();
    final Div table = new Div();
    final Details tableToggle = new Details(getTranslation("chart.view.data-table"), table);
    final Div chosenPoints = new Div();

    private ChartPage page;
    private ChartModel model;
    private boolean showing;

    ChartsView(ChartService service, org.redlines.ui.ShareSettings shareSettings) {
        this.service = service;
        shareButton = org.redlines.ui.ShareMenu.button(shareSettings, m -> share = m);
        addClassName("rl-page");
        setId("charts-view");
        filterBar.addFilterChangeListener(e -> navigate(page.kind(), e.filter()));
        point.setLabel(getTranslation("common.point"));
        point.setId("chart-point");
        point.setItemLabelGenerator(p -> p.ref() + ". " + p.title());
        point.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                navigate(page.kind(), page.filter().withPoint(e.getValue().ref()));
            }
        });
        chart.setId("chart");
        chart.setWidthFull();
        chart.setHeight("480px");
        chart.addChartClickListener(e -> Navigation.navigate(e.link()));
        summary.setId("chart-summary");
        summary.addClassName("rl-chart-summary");
        empty.setId("chart-empty");
        empty.addClassName("rl-chart-empty");
        downloadPng.setId("download-png");
        downloadPng.addClickListener(e -> chart.downloadPng(fileName("png")));
        downloadCsv.setId("download-chart-csv");
        downloadCsv.setText(getTranslation("chart.view.download-csv"));
        downloadCsv.addClassName("rl-button-link");
        openMatrix.setId("open-matrix");
        openMatrix.setText(getTranslation("chart.view.open-matrix"));
        table.setId("chart-table");
        tableToggle.setId("chart-table-toggle");
        tableToggle.setOpened(true);
        Div actions = new Div(downloadPng, downloadCsv, openMatrix);
        actions.addClassName("rl-actions");
        chosenPoints.setId("chosen-points");
        chosenPoints.addClassName("rl-notices");
        add(
                title,
                shareButton,
                frozen,
                notices,
                chosenPoints,
                kinds,
                filterBar,
                point,
                summary,
                empty,
                chart,
                actions,
                tableToggle);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = service.open(event.getLocation().getQueryParameters().getParameters());
        model = ChartModels.of(page);
        show();
        if (!page.notices().isEmpty()) {
            Navigation.replaceUrl(link(page.kind(), page.filter()));
        }
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("chart.view.page-title")
                : getTranslation("chart.view.page-title-chart", model.title());
    }

    private void show() {
        Map<String, List<String>> shareParameters = parameters(page.kind(), page.filter());
        share.show(new org.redlines.ui.ShareMenu.Target(
                Links.withQuery(Routes.CHARTS, shareParameters),
                page.catalog(),
                org.redlines.ui.ShareMenu.preview("charts", shareParameters),
                Links.withQuery(Routes.EMBED_CHARTS, shareParameters),
                java.util.List.of()));
        // What moves a chart: the matrix it is drawn from.
        share.watch(List.of(Links.matrix(page.filter(), page.catalog())));
        showing = true;
        try {
            title.setText(getTranslation("chart.kind." + page.kind().code()));
            notices.show(page.notices());
            frozen.show(page.catalog(), Links.atRevision(link(page.kind(), page.filter()), null));
            kinds.show(page.kind(), kind -> link(kind, page.filter()));
            filterBar.show(
                    page.catalog(),
                    page.filter(),
                    page.catalog()
                            .plan(
                                    page.filter().plan() == null
                                            ? page.catalog()
                                                    .defaultPlan()
                                                    .orElseThrow()
                                                    .code()
                                            : page.filter().plan())
                            .orElseThrow(),
                    page.events());
            point.setVisible(page.kind() == ChartKind.TIMELINE);
            point.setItems(page.data().points());
            point.setValue(page.data().points().stream()
                    .filter(p -> p.ref().equals(page.filter().point()))
                    .findFirst()
                    .orElse(null));
        } finally {
            showing = false;
        }
        chosenPoints.removeAll();
        chosenPoints.setVisible(!page.filter().refs().isEmpty());
        if (!page.filter().refs().isEmpty()) {
            chosenPoints.add(
                    new com.vaadin.flow.component.html.Span(
                            getTranslation(
                                            "chart.view.chosen-points",
                                            page.filter().refs().size()) + " "),
                    new Anchor(
                            link(page.kind(), page.filter().withRefs(java.util.Set.of())),
                            getTranslation("chart.view.count-all")));
        }
        chart.setVisible(!model.isEmpty());
        downloadPng.setEnabled(!model.isEmpty());
        empty.setVisible(model.isEmpty());
        empty.setText(model.isEmpty() ? model.emptyReason() : "");
        summary.setText(model.summary());
        if (!model.isEmpty()) {
            chart.setOption(model.option());
            chart.setAccessibleName(model.title() + ". " + model.summary());
        }
        openMatrix.setHref(Links.matrix(page.filter(), page.catalog()));
        String csv = Csv.write(model.table().header(), model.table().rows());
        downloadCsv.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                fileName("csv"),
                "text/csv; charset=UTF-8",
                csv.getBytes(StandardCharsets.UTF_8).length))); // not-ui-text
        downloadCsv.setVisible(!model.isEmpty());
        table.removeAll();
        if (!model.isEmpty()) {
            table.getElement().appendChild(tableElement(model));
        }
        tableToggle.setVisible(!model.isEmpty());
    }

    private static Element tableElement(ChartModel model) {
        Element tableElement = new Element("table");
        tableElement.getClassList().add("rl-data-table");
        tableElement.appendChild(new Element("caption").setText(model.title()));
        Element head = new Element("tr");
        model.table()
                .header()
                .forEach(h -> head.appendChild(
                        new Element("th").setAttribute("scope", "col").setText(h)));
        tableElement.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : model.table().rows()) {
            Element tr = new Element("tr");
            row.forEach(v -> tr.appendChild(new Element("td").setText(v)));
            body.appendChild(tr);
        }
        return tableElement.appendChild(body);
    }

    private String fileName(String extension) {
        String plan = page.filter().plan() != null
                ? page.filter().plan()
                : page.catalog().defaultPlan().map(p -> p.code()).orElse("plan");
        return "redlines-" + page.kind().code() + "-" + plan + "." + extension;
    }

    private void navigate(ChartKind kind, MatrixFilter filter) {
        UI.getCurrent().navigate(Routes.CHARTS, new QueryParameters(parameters(kind, filter)));
    }

    private String link(ChartKind kind, MatrixFilter filter) {
        return Links.withQuery(Routes.CHARTS, parameters(kind, filter));
    }

    private Map<String, List<String>> parameters(ChartKind kind, MatrixFilter filter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(ChartService.CHART, List.of(kind.code()));
        params.putAll(MatrixParams.toParameters(filter, page.catalog()));
        return params;
    }
}
