package org.redlines.watch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.routes.Routes;
import org.redlines.watch.NotificationStatus;
import org.redlines.watch.WebhookInfo;
import org.redlines.watch.WebhookService;

/**
 * Administrators' webhooks: add one (name, receiver, the matrix link it watches, format; its secret is shown once),
 * switch it on or off, delete it, and read the delivery log with each post's attempts, answer and next try.
 */
@Route(Routes.WEBHOOKS)
@RolesAllowed(Role.Names.ADMIN)
public class WebhooksView extends Div implements HasDynamicTitle {

    final TextField name = new TextField(Messages.t("webhook.name"));
    final TextField url = new TextField(Messages.t("webhook.url"));
    final TextField link = new TextField(Messages.t("webhook.link"));
    final Select<WebhookInfo.Format> format = new Select<>();
    final Button add = new Button(Messages.t("webhook.add"));
    final Paragraph message = new Paragraph();
    final Paragraph pending = new Paragraph();
    final Grid<WebhookInfo> hooks = new Grid<>();
    final Grid<WebhookInfo.Delivery> log = new Grid<>();

    private final WebhookService webhooks;
    private final NotificationStatus status;

    WebhooksView(WebhookService webhooks, NotificationStatus status) {
        this.webhooks = webhooks;
        this.status = status;
        addClassName("rl-page");
        name.setId("webhook-name");
        url.setId("webhook-url");
        url.setPlaceholder("https://chat.example.org/hooks/...");
        link.setId("webhook-link");
        link.setPlaceholder("matrix?plan=...&actors=RU");
        link.setValue(Routes.MATRIX);
        format.setId("webhook-format");
        format.setLabel(Messages.t("webhook.format"));
        format.setItems(WebhookInfo.Format.values());
        format.setItemLabelGenerator(
                f -> Messages.t("webhook.format." + f.name().toLowerCase(java.util.Locale.ROOT)));
        format.setValue(WebhookInfo.Format.JSON);
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        message.setId("webhook-message");
        message.getElement().setAttribute("role", "status");
        pending.setId("notify-pending");
        HorizontalLayout form = new HorizontalLayout(name, url, link, format, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        hooks.setId("webhooks");
        hooks.setAllRowsVisible(true);
        hooks.setEmptyStateText(Messages.t("webhook.none"));
        hooks.addColumn(WebhookInfo::name).setHeader(Messages.t("webhook.name")).setAutoWidth(true);
        hooks.addColumn(WebhookInfo::url).setHeader(Messages.t("webhook.url")).setFlexGrow(1);
        hooks.addColumn(WebhookInfo::link).setHeader(Messages.t("webhook.link")).setFlexGrow(1);
        hooks.addColumn(h -> Messages.t("webhook.format." + h.format().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(Messages.t("webhook.format"))
                .setAutoWidth(true);
        hooks.addComponentColumn(h -> {
                    Checkbox active = new Checkbox(Messages.t("webhook.active"), h.active());
                    active.addValueChangeListener(e -> {
                        webhooks.setActive(h.id(), e.getValue());
                        show();
                    });
                    return active;
                })
                .setAutoWidth(true);
        hooks.addComponentColumn(h -> {
                    Button delete = new Button(Messages.t("webhook.delete"), e -> {
                        webhooks.delete(h.id());
                        show();
                    });
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return delete;
                })
                .setAutoWidth(true);

        log.setId("webhook-log");
        log.setAllRowsVisible(true);
        log.setEmptyStateText(Messages.t("webhook.log.none"));
        log.addColumn(WebhookInfo.Delivery::webhook)
                .setHeader(Messages.t("webhook.name"))
                .setAutoWidth(true);
        log.addColumn(d -> d.revision())
                .setHeader(Messages.t("audit.column.revision"))
                .setAutoWidth(true);
        log.addColumn(d -> Messages.timestamp(d.changedAt()))
                .setHeader(Messages.t("audit.column.when"))
                .setAutoWidth(true);
        log.addColumn(WebhooksView::state).setHeader(Messages.t("webhook.log")).setFlexGrow(1);

        add(
                new H1(Messages.t("webhook.title")),
                new Paragraph(Messages.t("webhook.intro")),
                form,
                message,
                hooks,
                new H2(Messages.t("webhook.log")),
                pending,
                log);
        show();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("webhook.page-title");
    }

    private void create() {
        try {
            WebhookService.Created created =
                    webhooks.create(name.getValue(), url.getValue(), link.getValue(), format.getValue());
            message.setText(Messages.t("webhook.created", created.secret()));
            name.clear();
            url.clear();
            url.setInvalid(false);
        } catch (WebhookService.InvalidWebhook e) {
            message.setText(e.getMessage());
        }
        show();
    }

    private void show() {
        hooks.setItems(webhooks.list());
        log.setItems(webhooks.log(100));
        NotificationStatus.Pending p = status.pending();
        pending.setText(Messages.t("webhook.pending", p.mail(), p.webhooks()));
    }

    static String state(WebhookInfo.Delivery d) {
        if (d.deliveredAt() != null) {
            return Messages.t("webhook.log.delivered", Messages.timestamp(d.deliveredAt()), d.lastStatus());
        }
        String problem = d.lastError() == null ? "" : d.lastError();
        if (d.abandoned()) {
            return Messages.t("webhook.log.abandoned", d.attempts(), problem);
        }
        if (d.attempts() == 0) {
            return Messages.t("webhook.log.waiting");
        }
        return Messages.t("webhook.log.pending", d.attempts(), problem, Messages.timestamp(d.nextAttemptAt()));
    }
}
