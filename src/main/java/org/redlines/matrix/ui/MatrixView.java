package org.redlines.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.Set;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.redlines.ui.FilterChips;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.MatrixFilterBar;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;
import org.redlines.ui.PrintHeader;
import org.redlines.ui.PrintTable;
import org.redlines.ui.edit.EditActions;
import org.redlines.ui.edit.EditDialog;

/**
 * The red-lines matrix. The URL is the only source of its state: every filter change navigates, and every
 * navigation (including the back button) is read in {@link #beforeEnter}. The page opens on the rows: the active
 * filters are chips on one line, the form behind the Filters button; a phone shows the rows as cards.
 */
@AnonymousAllowed
@Route(Routes.MATRIX)
@RouteAlias("")
class MatrixView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle, BeforeLeaveObserver {

    private final MatrixService service;
    private final EditActions edits;

    final H1 title = new H1();
    final NoticeBox notices = new NoticeBox();
    final Div sinceLastVisit = new Div();
    final Button filters = new Button(Messages.t("matrix.filters"), VaadinIcon.FILTER.create());
    final FilterChips chips = new FilterChips();
    final Span rowCount = new Span();
    final Div filterPanel = new Div();
    final MatrixFilterBar filterBar = new MatrixFilterBar();
    final PlanStancesBar planStances = new PlanStancesBar();
    final StanceLegend legend = new StanceLegend();
    final Span offScreen = new Span();
    final MatrixGrid grid = new MatrixGrid(offScreen);
    final MatrixCards cards = new MatrixCards();
    final PointDetailPanel detail = new PointDetailPanel();
    final FrozenBanner frozen = new FrozenBanner();
    final PrintHeader printHeader = new PrintHeader();
    final PrintTable printTable = new PrintTable();
    final MatrixActions actions;
    final Div chosenPoints = new Div();
    private final SplitLayout split = new SplitLayout();

    private MatrixPage page;
    private boolean selecting;

    private final org.redlines.watch.WatchService watches;
    private final com.vaadin.flow.spring.security.AuthenticationContext auth;

    MatrixView(
            MatrixService service,
            EditActions edits,
            org.redlines.ui.ShareSettings share,
            org.redlines.watch.WatchService watches,
            com.vaadin.flow.spring.security.AuthenticationContext auth) {
        this.watches = watches;
        this.auth = auth;
        this.service = service;
        this.edits = edits;
        this.actions = new MatrixActions(() -> MatrixPrint.print(printTable, this, page.matrix()), share);
        setSizeFull();
        setSpacing(false);
        addClassName("rl-matrix-view");
        title.addClassName("rl-title");
        Div heading = new Div(title, actions);
        heading.addClassName("rl-heading");

        filters.setId("filters");
        filters.addClassName("rl-filters-toggle");
        filters.getElement().setAttribute("aria-controls", "filter-panel");
        filters.getElement().setAttribute("aria-expanded", "false");
        filters.addClickListener(e -> toggleFilters());
        rowCount.setId("row-count");
        rowCount.addClassName("rl-row-count");
        Div toolbar = new Div(filters, chips, rowCount, offScreen);
        toolbar.addClassName("rl-toolbar");
        filterPanel.setId("filter-panel");
        filterPanel.addClassName("rl-filter-panel");
        filterPanel.add(filterBar);
        Div glance = new Div(planStances, legend);
        glance.addClassName("rl-glance");

        grid.setHeightFull();
        split.addToPrimary(grid);
        split.addToSecondary(detail);
        split.setSizeFull();
        split.setSplitterPosition(64);
        split.addClassName("rl-split");

        filterBar.addFilterChangeListener(e -> MatrixNavigation.navigateTo(e.filter(), page.catalog()));
        chips.addRemovedListener(e -> MatrixNavigation.navigateTo(e.filter(), page.catalog()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!selecting && e.isFromClient()) {
                String ref = e.getValue() == null ? null : e.getValue().point().ref();
                MatrixNavigation.navigateTo(page.filter().withPoint(ref), page.catalog());
            }
        });
        detail.close.addClickListener(
                e -> MatrixNavigation.navigateTo(page.filter().withPoint(null), page.catalog()));

        chosenPoints.setId("chosen-points");
        chosenPoints.addClassName("rl-notices");
        sinceLastVisit.setId("since-last-visit");
        sinceLastVisit.addClassName("rl-since");
        sinceLastVisit.getElement().setAttribute("role", "status");
        sinceLastVisit.setVisible(false);
        add(
                printHeader,
                heading,
                toolbar,
                filterPanel,
                frozen,
                notices,
                sinceLastVisit,
                chosenPoints,
                glance,
                split,
                cards);
        add(printTable);
        setFlexGrow(1, split, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = service.open(event.getLocation().getQueryParameters().getParameters());
        show(page);
    }

    /** A link with invalid values is replaced by the corrected one, so that what is shared is what is shown. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!page.notices().isEmpty()) {
            Navigation.replaceUrl(Links.matrix(page.filter(), page.catalog()));
        }
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? Messages.t("app.name")
                : Messages.t("matrix.page-title", page.matrix().plan().title());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        EditDialog.guard(event);
    }

    /** The form is a control, not view state: it opens and closes here; what it changes goes to the URL. */
    private void toggleFilters() {
        boolean open = !filterPanel.hasClassName("rl-open");
        filterPanel.setClassName("rl-open", open);
        filters.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** Signed-in users watch the view as its link says (the live one, also from a frozen view). */
    private void showWatch(MatrixPage page) {
        boolean signedIn = auth.isAuthenticated();
        java.util.Map<String, java.util.List<String>> parameters =
                org.redlines.positions.MatrixParams.toParameters(page.filter(), page.catalog());
        java.util.Optional<org.redlines.watch.WatchInfo> watching =
                signedIn ? watches.watchingMatrix(page) : java.util.Optional.empty();
        sinceLastVisit.removeAll();
        sinceLastVisit.setVisible(false);
        java.util.Set<String> changed = new java.util.HashSet<>();
        if (watching.isPresent() && page.catalog().frozen() == null) {
            watches.visitMatrix(page).ifPresent(since -> {
                SinceLastVisit.show(sinceLastVisit, since, page);
                since.differences().stream()
                        .filter(d -> d.kind() == org.redlines.watch.WatchMatcher.Kind.CELL)
                        .forEach(d -> changed.add(MatrixGrid.cellKey(d.ref(), d.actor())));
            });
        }
        grid.markChanged(changed);
        cards.markChanged(changed);
        actions.showWatch(signedIn, watching.isPresent(), () -> {
            if (watching.isPresent()) {
                watches.delete(watching.get().id());
                com.vaadin.flow.component.notification.Notification.show(
                        Messages.t("watch.stopped"),
                        5000,
                        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            } else {
                watches.watchMatrix(parameters);
                com.vaadin.flow.component.notification.Notification.show(
                        Messages.t("watch.started"),
                        5000,
                        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            }
            showWatch(page);
        });
    }

    private void show(MatrixPage page) {
        Matrix matrix = page.matrix();
        title.setText(matrix.plan().title() + " (" + Messages.date(matrix.plan().date()) + ")");
        notices.show(page.notices());
        printHeader.show(
                Messages.t(
                        "matrix.print-title",
                        matrix.plan().title(),
                        matrix.plan().date()),
                MatrixSummary.lines(page, Instant.now(), Messages.t("print.printed")),
                Links.pinned(page));
        printTable.clearIn(this);
        frozen.show(page.catalog(), Links.atRevision(Links.matrix(page.filter(), page.catalog()), null));
        actions.show(page, edits.canExport());
        showWatch(page);
        chips.show(page.catalog(), page.filter());
        filters.setText(org.redlines.i18n.FilterChip.buttonText(chips.count()));
        rowCount.setText(org.redlines.i18n.MatrixSummary.rowCount(page));
        chosenPoints.removeAll();
        chosenPoints.setVisible(!page.filter().refs().isEmpty());
        if (!page.filter().refs().isEmpty()) {
            chosenPoints.add(
                    new Span(Messages.t("matrix.chosen-points", matrix.rows().size()) + " "),
                    new Anchor(
                            Links.matrix(page.filter().withRefs(Set.of()), page.catalog()),
                            Messages.t("matrix.chosen-points.all")));
        }
        filterBar.show(page.catalog(), page.filter(), matrix.plan(), service.events(page.catalog()));
        planStances.show(matrix);
        legend.showStale(page.filter().stale());
        legend.showWeak(page.filter().minGrade());
        // Analysts see which cells have a change waiting for review (nothing for readers or with review off).
        grid.markPending(edits.pendingOn(page.catalog(), page.matrix().plan().code()).stream()
                .filter(d -> d.actor() != null && d.ref() != null)
                .map(d -> MatrixGrid.cellKey(d.ref(), d.actor()))
                .collect(java.util.stream.Collectors.toSet()));
        cards.show(matrix, page.filter(), page.catalog());
        selecting = true;
        try {
            grid.show(matrix, matrix.selected().isPresent());
            Matrix.Row selected = matrix.selected().orElse(null);
            int index = selected == null ? -1 : matrix.rows().indexOf(selected);
            grid.asSingleSelect().setValue(index >= 0 ? selected : null);
            if (index >= 0) {
                grid.scrollToIndex(index);
            }
        } finally {
            selecting = false;
        }
        matrix.selected().ifPresentOrElse(this::showDetail, () -> {
            detail.setVisible(false);
            split.addClassName("rl-no-detail");
            removeClassName("rl-detail-open");
        });
    }

    private void showDetail(Matrix.Row row) {
        String ref = row.point().ref();
        detail.show(
                service.detail(page.catalog(), page.matrix(), row),
                Links.point(page.matrix().plan().code(), ref, page.filter(), page.catalog()),
                DetailActions.of(edits, page, ref));
        split.removeClassName("rl-no-detail");
        addClassName("rl-detail-open");
        detail.setVisible(true);
    }
}
