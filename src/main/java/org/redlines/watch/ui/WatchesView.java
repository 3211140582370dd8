package org.redlines.watch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.redlines.watch.WatchInfo;
import org.redlines.watch.WatchService;

/**
 * "My watches": each watched view in words (its plan and filters, as the matrix's own summary says them), with
 * links to open it and to its feed, pause or resume, and stop watching.
 */
@Route(Routes.WATCHES)
@PermitAll
public class WatchesView extends Div implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph(Messages.t("watch.none"));

    private final WatchService watches;
    private final MatrixService matrices;

    WatchesView(WatchService watches, MatrixService matrices) {
        this.watches = watches;
        this.matrices = matrices;
        addClassName("rl-page");
        list.setId("watches");
        list.addClassName("rl-watches");
        empty.setId("no-watches");
        add(new H1(Messages.t("watch.mine")), new Paragraph(Messages.t("watch.delivery")), empty, list);
        show();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("watch.page-title");
    }

    private void show() {
        List<WatchInfo> mine = watches.mine();
        Map<Long, Integer> unseen = watches.unseen();
        list.removeAll();
        empty.setVisible(mine.isEmpty());
        for (WatchInfo watch : mine) {
            list.add(item(watch, unseen.getOrDefault(watch.id(), 0)));
        }
    }

    private ListItem item(WatchInfo watch, int unseen) {
        int q = watch.link().indexOf('?');
        Map<String, List<String>> parameters = QueryParameters.fromString(
                        q < 0 ? "" : watch.link().substring(q + 1))
                .getParameters();
        MatrixPage page = matrices.open(parameters);
        Anchor open = new Anchor(watch.link(), page.matrix().plan().title());
        open.addClassName("rl-watch-title");
        Span filters = new Span(MatrixSummary.lines(page, Instant.now(), "").getFirst());
        filters.addClassName("rl-watch-filters");
        Anchor feed = new Anchor(Links.withQuery(Routes.FEED_CHANGES, parameters), Messages.t("watch.feed"));
        feed.addClassName("rl-watch-feed");
        Span state = new Span(
                Messages.t(watch.paused() ? "watch.paused" : "watch.active", Messages.timestamp(watch.createdAt())));
        state.addClassName("rl-watch-state");
        Button pause = new Button(Messages.t(watch.paused() ? "watch.resume" : "watch.pause"), e -> {
            watches.pause(watch.id(), !watch.paused());
            show();
        });
        pause.addClassName("rl-watch-pause");
        pause.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button stop = new Button(Messages.t("watch.stop"), e -> {
            watches.delete(watch.id());
            show();
        });
        stop.addClassName("rl-watch-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(feed, pause, stop);
        actions.addClassName("rl-watch-actions");
        ListItem item = new ListItem(open, new Div(filters), state, actions);
        if (unseen > 0) {
            Span count = new Span(Messages.t("watch.unseen", unseen));
            count.addClassName("rl-watch-unseen");
            item.addComponentAtIndex(1, count);
        }
        item.addClassName("rl-watch");
        item.getElement().setAttribute("data-link", watch.link());
        item.getElement().setAttribute("data-paused", String.valueOf(watch.paused()));
        return item;
    }
}
