package org.redlines.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.i18n.LanguageChoice;
import org.redlines.i18n.Messages;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.routes.Routes;

/**
 * One place to share a view: copy its link, copy it frozen (or live, from a frozen view), the embed snippet
 * (matrix and charts, when some site may frame embeds), its preview picture, and the briefing where the view has
 * one. Every view puts it beside its title ({@link #button}); the matrix keeps it in its own menu bar.
 */
public final class ShareMenu {

    /** A briefing the view offers: its label and its download link. */
    public record Briefing(String id, String label, String link) {}

    /**
     * What is shared: the view's link (relative, without {@code rev}), the data it shows, the preview picture's
     * parameters ({@code view} first; null when the view has no picture), the embed's link (null when the view
     * has none) and its briefings.
     */
    public record Target(
            String link, Catalog catalog, Map<String, List<String>> preview, String embed, List<Briefing> briefings) {

        /**
         * A view without an embed or briefings: its route and parameters, and the preview picture's {@code view}
         * (null when it has no picture).
         */
        public static Target of(
                String route, Map<String, List<String>> parameters, Catalog catalog, String previewView) {
            return new Target(
                    Links.withQuery(route, parameters),
                    catalog,
                    previewView == null ? null : ShareMenu.preview(previewView, parameters),
                    null,
                    List.of());
        }
    }

    /** The preview picture's parameters: which view, then the view's own. */
    public static Map<String, List<String>> preview(String view, Map<String, List<String>> parameters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("view", List.of(view));
        out.putAll(parameters);
        return out;
    }

    private final ShareSettings settings;
    private final Component owner;
    private final MenuItem copyLink;
    private final MenuItem copyOtherLink;
    private final MenuItem embed;
    private final MenuItem preview;
    private final SubMenu menu;
    private final List<MenuItem> briefingItems = new ArrayList<>();
    private Target target;

    public ShareMenu(Component owner, SubMenu menu, ShareSettings settings) {
        this.owner = owner;
        this.menu = menu;
        this.settings = settings;
        copyLink = menu.addItem(Messages.t("matrix.copy-link"), e -> Clipboard.copy(owner, null));
        copyLink.setId("copy-link");
        copyOtherLink = menu.addItem(Messages.t("matrix.copy-frozen-link"), e -> copyOtherLink());
        copyOtherLink.setId("copy-other-link");
        embed = menu.addItem(Messages.t("share.embed"), e -> openEmbed());
        embed.setId("share-embed");
        preview = menu.addItem(Messages.t("share.preview"), e -> openPreview());
        preview.setId("share-preview");
    }

    /** A "Share" menu button of its own, for views without a menu bar. */
    public static MenuBar button(ShareSettings settings, java.util.function.Consumer<ShareMenu> created) {
        MenuBar bar = new MenuBar();
        bar.addClassName("rl-share");
        bar.addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS, MenuBarVariant.LUMO_TERTIARY);
        MenuItem share = bar.addItem(VaadinIcon.LINK.create());
        share.add(Messages.t("matrix.share"));
        share.setId("share");
        ShareMenu menu = new ShareMenu(bar, share.getSubMenu(), settings);
        menu.watchItem = bar.addItem(VaadinIcon.BELL_O.create());
        menu.watchItem.setId("watch-view");
        menu.watchItem.setVisible(false);
        created.accept(menu);
        return bar;
    }

    private MenuItem watchItem;

    /** A Watch toggle's face: the bell, "Watch" or "Watching", pressed while the user watches the view. */
    public static void showWatching(MenuItem item, boolean on) {
        item.removeAll();
        item.add(
                (on ? VaadinIcon.BELL : VaadinIcon.BELL_O).create(),
                new com.vaadin.flow.component.html.Span(Messages.t(on ? "watch.watching" : "watch.watch")));
        item.getElement().setAttribute("aria-pressed", String.valueOf(on));
        item.getElement().setAttribute("title", Messages.t(on ? "watch.watching.title" : "watch.watch.title"));
    }

    private com.vaadin.flow.shared.Registration watchClick;

    /**
     * Offers "Watch" for the view last shown ({@link #show}) to a signed-in user: what it watches is the view's
     * link, and what moves it is what these matrix links show. Opening a watched view marks it seen.
     */
    public void watch(List<String> matrixLinks) {
        if (watchItem == null || target == null || !settings.signedIn()) {
            return;
        }
        org.redlines.watch.WatchService watches = settings.watches();
        java.util.Optional<org.redlines.watch.WatchInfo> watching =
                target.catalog().frozen() == null
                        ? watches.visitView(target.link())
                        : watches.mine().stream()
                                .filter(w -> w.link().equals(target.link()))
                                .findFirst();
        boolean on = watching.isPresent();
        watchItem.setVisible(true);
        showWatching(watchItem, on);
        if (watchClick != null) {
            watchClick.remove();
        }
        watchClick = watchItem.addClickListener(e -> {
            if (on) {
                watches.delete(watching.get().id());
            } else {
                watches.watchView(target.link(), matrixLinks);
            }
            com.vaadin.flow.component.notification.Notification.show(
                    Messages.t(on ? "watch.stopped" : "watch.started"),
                    5000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            watch(matrixLinks);
        });
    }

    public void show(Target target) {
        this.target = target;
        boolean live = target.catalog().frozen() == null;
        copyOtherLink.setText(Messages.t(live ? "matrix.copy-frozen-link" : "matrix.copy-live-link"));
        copyOtherLink
                .getElement()
                .setAttribute(
                        "title", Messages.t(live ? "matrix.copy-frozen-link.title" : "matrix.copy-live-link.title"));
        embed.setVisible(target.embed() != null && settings.embedsFramable());
        preview.setVisible(target.preview() != null);
        briefingItems.forEach(menu::remove);
        briefingItems.clear();
        for (Briefing briefing : target.briefings()) {
            MenuItem item = menu.addItem(briefing.label(), e -> Downloads.start(owner, briefing.link()));
            item.setId(briefing.id());
            briefingItems.add(item);
        }
    }

    /** The embed's link as shown (frozen too), relative; null when the view has no embed. */
    public String embedLink() {
        return target.embed() == null ? null : Links.atRevision(target.embed(), frozen());
    }

    /** The preview picture's link, relative; null when the view has none. */
    public String previewLink() {
        return target.preview() == null
                ? null
                : LanguageChoice.keep(Links.atRevision(Links.withQuery(Routes.PREVIEW, target.preview()), frozen()));
    }

    /** The snippet another site's page pastes to show the embed. */
    public String embedSnippet(String origin) {
        return new org.jsoup.nodes.Element("iframe")
                .attr("src", origin + "/" + embedLink())
                .attr("title", Messages.t("app.name"))
                .attr("width", "100%")
                .attr("height", "600")
                .attr("loading", "lazy")
                .attr("style", "border:0")
                .outerHtml();
    }

    private Long frozen() {
        return target.catalog().frozen() == null
                ? null
                : target.catalog().frozen().number();
    }

    /** Live view: a link frozen at the newest revision. Frozen view: the same view with the live data. */
    private void copyOtherLink() {
        String here = target.link();
        Clipboard.copy(
                owner,
                LanguageChoice.keep(
                        target.catalog().frozen() == null
                                ? Links.atRevision(here, settings.latestRevision())
                                : Links.atRevision(here, null)));
    }

    private void openPreview() {
        owner.getUI().ifPresent(ui -> ui.getPage().open(previewLink(), "_blank"));
    }

    private void openEmbed() {
        TextArea code = new TextArea(Messages.t("share.embed.code"));
        code.setId("embed-snippet");
        code.setReadOnly(true);
        code.setWidthFull();
        code.setValue(embedSnippet(origin()));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Messages.t("share.embed"));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new com.vaadin.flow.component.html.Paragraph(Messages.t("share.embed.help")), code);
        Button copy = new Button(Messages.t("share.embed.copy"), e -> Clipboard.copyText(owner, code.getValue()));
        copy.setId("copy-embed");
        Button close = new Button(Messages.t("history.close"), e -> dialog.close());
        dialog.getFooter().add(close, copy);
        dialog.open();
    }

    /** The app's origin as this request reached it (behind a proxy, as the forwarded headers say). */
    private static String origin() {
        if (!(VaadinRequest.getCurrent() instanceof com.vaadin.flow.server.VaadinServletRequest request)) {
            return "";
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
