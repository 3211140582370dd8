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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.redlines.security.AccountException;
import org.redlines.security.UserService;
import org.redlines.watch.Frequency;
import org.redlines.watch.MailNotifier;
import org.redlines.watch.WatchInfo;
import org.redlines.watch.WatchMatcher;
import org.redlines.watch.WatchService;
import org.springframework.beans.factory.annotation.Value;

/**
 * "My watches": each watched view in words (its plan and filters, as the matrix's own summary says them), with
 * links to open it and to its feed, pause or resume, and stop watching.
 */
@Route(Routes.WATCHES)
@PermitAll
public class WatchesView extends Div implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph(Messages.t("watch.none"));

    final TextField email = new TextField(Messages.t("watch.email"));
    final Button saveEmail = new Button(Messages.t("watch.email.save"));
    final Paragraph emailMessage = new Paragraph();

    private final WatchService watches;
    private final MatrixService matrices;
    private final UserService users;
    private final boolean mail;
    private final boolean privateFeeds;

    WatchesView(
            WatchService watches,
            MatrixService matrices,
            UserService users,
            MailNotifier notifier,
            @Value("${redlines.security.read-requires-login:false}") boolean readRequiresLogin) {
        this.watches = watches;
        this.matrices = matrices;
        this.users = users;
        this.mail = notifier.enabled();
        this.privateFeeds = readRequiresLogin;
        addClassName("rl-page");
        list.setId("watches");
        list.addClassName("rl-watches");
        empty.setId("no-watches");
        add(
                new H1(Messages.t("watch.mine")),
                new Paragraph(Messages.t(mail ? "watch.delivery" : "watch.delivery.no-mail")));
        if (mail) {
            email.setId("watch-email");
            email.setHelperText(Messages.t("watch.email.helper"));
            email.setWidth("22rem");
            users.myContact().ifPresent(c -> email.setValue(c.email()));
            saveEmail.setId("watch-email-save");
            saveEmail.addClickListener(e -> saveEmail());
            emailMessage.setId("watch-email-message");
            emailMessage.getElement().setAttribute("role", "status");
            HorizontalLayout row = new HorizontalLayout(email, saveEmail);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(row, emailMessage);
        }
        add(empty, list);
        show();
    }

    private void saveEmail() {
        try {
            users.setMyContact(email.getValue(), Messages.current());
            email.setInvalid(false);
            emailMessage.setText(
                    email.getValue().isBlank()
                            ? Messages.t("watch.email.removed")
                            : Messages.t("watch.email.saved", email.getValue().strip()));
        } catch (AccountException e) {
            email.setInvalid(true);
            email.setErrorMessage(e.getMessage());
            emailMessage.setText("");
        }
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
        // A view other than the matrix is described by the matrix it is made of (its first one) and its kind.
        Map<String, List<String>> parameters =
                WatchMatcher.parameters(watch.matrixLinks().getFirst());
        MatrixPage page = matrices.open(parameters);
        Anchor open = new Anchor(watch.link(), page.matrix().plan().title());
        open.addClassName("rl-watch-title");
        Span filters = new Span(
                watch.isMatrix() ? MatrixSummary.lines(page, Instant.now(), "").getFirst() : viewKind(watch.link()));
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
        if (mail) {
            item.add(delivery(watch));
        }
        if (privateFeeds) {
            item.add(privateFeed(watch));
        }
        if (unseen > 0) {
            Span count = new Span(Messages.t("watch.unseen", unseen));
            count.addClassName("rl-watch-unseen");
            item.addComponentAtIndex(1, count);
        }
        if (watch.lastNotifiedAt() != null) {
            Span last = new Span(Messages.t("watch.last-notified", Messages.timestamp(watch.lastNotifiedAt())));
            last.addClassName("rl-watch-last");
            item.add(last);
        }
        item.addClassName("rl-watch");
        item.getElement().setAttribute("data-link", watch.link());
        item.getElement().setAttribute("data-paused", String.valueOf(watch.paused()));
        return item;
    }

    /** How this watch e-mails: at once, daily at an hour (UTC), or not. */
    private Div delivery(WatchInfo watch) {
        Select<Frequency> frequency = new Select<>();
        frequency.setLabel(Messages.t("watch.frequency"));
        frequency.addClassName("rl-watch-frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> Messages.t("watch.frequency." + f.code()));
        frequency.setValue(watch.frequency());
        Select<Integer> hour = new Select<>();
        hour.setLabel(Messages.t("watch.hour"));
        hour.addClassName("rl-watch-hour");
        hour.setItems(java.util.stream.IntStream.range(0, 24).boxed().toList());
        hour.setItemLabelGenerator(h -> String.format(java.util.Locale.ROOT, "%02d:00", h));
        hour.setValue(watch.digestHour());
        hour.setVisible(watch.frequency() == Frequency.DAILY);
        frequency.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                watches.schedule(watch.id(), e.getValue(), hour.getValue());
                hour.setVisible(e.getValue() == Frequency.DAILY);
            }
        });
        hour.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                watches.schedule(watch.id(), frequency.getValue(), e.getValue());
            }
        });
        Div out = new Div(frequency, hour);
        out.addClassName("rl-watch-delivery");
        return out;
    }

    /** The watch's private feed address, when reading needs a login: make one, replace it, or stop it. */
    private Div privateFeed(WatchInfo watch) {
        Div out = new Div();
        out.addClassName("rl-watch-private-feed");
        if (watch.feedToken() != null) {
            String address = Routes.FEED_PRIVATE + watch.feedToken() + ".atom";
            Anchor feed = new Anchor(address, Messages.t("watch.private-feed"));
            feed.addClassName("rl-watch-private-link");
            Button revoke = new Button(Messages.t("watch.private-feed.revoke"), e -> {
                watches.revokeFeedToken(watch.id());
                show();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            out.add(feed, revoke);
        }
        Button make = new Button(Messages.t("watch.private-feed.new"), e -> {
            watches.newFeedToken(watch.id());
            show();
        });
        make.addClassName("rl-watch-private-new");
        make.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        make.setTooltipText(Messages.t("watch.private-feed.help"));
        out.add(make);
        return out;
    }

    /** The kind of a watched view that is not the matrix, in words: "Party vs party", "Point 5"... */
    static String viewKind(String link) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        if (path.startsWith(Routes.POINTS + "/")) {
            String[] parts = path.split("/");
            return Messages.t("watch.mail.point", Links.decodeSegment(parts[parts.length - 1]));
        }
        return switch (path) {
            case Routes.COMPARE_ACTORS -> Messages.t("nav.compare-actors");
            case Routes.COMPARE_PLANS -> Messages.t("nav.compare-plans");
            case Routes.CHANGES -> Messages.t("nav.changes");
            case Routes.CHARTS -> Messages.t("common.charts");
            default -> path;
        };
    }
}
