package org.redlines.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.CurationService;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.TopicInfo;
import org.redlines.routes.Routes;
import org.redlines.ui.edit.EditActions;
import org.redlines.ui.edit.EditDialog;
import org.redlines.ui.edit.NameDialog;
import org.redlines.ui.edit.PlanDialog;

/** Administrators edit plans, rename parties and topics, and add a new plan version. */
@Route(Routes.MANAGE)
@RolesAllowed(Role.Names.ADMIN)
public class CatalogView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MatrixService matrices;
    private final CurationService curation;
    final Grid<PlanInfo> plans = new Grid<>();
    final Grid<ActorInfo> actors = new Grid<>();
    final Grid<TopicInfo> topics = new Grid<>();
    final Button addPlan = new Button(getTranslation("common.new-plan"));
    private Catalog catalog;

    public CatalogView(MatrixService matrices, CurationService curation) {
        this.matrices = matrices;
        this.curation = curation;
        addClassName("rl-page");
        setId("catalog-view");
        plans.setId("plans");
        plans.addColumn(PlanInfo::code).setHeader(getTranslation("common.code")).setAutoWidth(true);
        plans.addColumn(PlanInfo::title)
                .setHeader(getTranslation("common.title"))
                .setFlexGrow(1);
        plans.addColumn(p -> Messages.date(p.date()))
                .setHeader(getTranslation("common.date"))
                .setAutoWidth(true);
        plans.addComponentColumn(p -> button(
                        getTranslation("common.edit"),
                        () -> PlanDialog.edit(curation, p.code(), EditActions::saved)
                                .open()))
                .setAutoWidth(true);
        plans.setAllRowsVisible(true);
        actors.setId("actors");
        actors.addColumn(ActorInfo::code)
                .setHeader(getTranslation("common.code"))
                .setAutoWidth(true);
        actors.addColumn(ActorInfo::name)
                .setHeader(getTranslation("common.name"))
                .setFlexGrow(1);
        actors.addComponentColumn(a -> button(
                        getTranslation("catalog.rename"),
                        () -> new NameDialog(
                                        getTranslation("catalog.rename-party", a.code()),
                                        curation.actorForEdit(a.code()),
                                        curation::renameActor,
                                        EditActions::saved)
                                .open()))
                .setAutoWidth(true);
        actors.setAllRowsVisible(true);
        topics.setId("topics");
        topics.addColumn(TopicInfo::code)
                .setHeader(getTranslation("common.code"))
                .setAutoWidth(true);
        topics.addColumn(TopicInfo::name)
                .setHeader(getTranslation("common.name"))
                .setFlexGrow(1);
        topics.addComponentColumn(t -> button(
                        getTranslation("catalog.rename"),
                        () -> new NameDialog(
                                        getTranslation("catalog.rename-topic", t.code()),
                                        curation.topicForEdit(t.code()),
                                        curation::renameTopic,
                                        EditActions::saved)
                                .open()))
                .setAutoWidth(true);
        topics.setAllRowsVisible(true);
        addPlan.setId("add-plan");
        addPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPlan.addClickListener(e -> PlanDialog.add(curation, catalog.plansNewestFirst(), EditActions::saved)
                .open());
        add(
                new H1(getTranslation("catalog.heading")),
                new H2(getTranslation("common.plans")),
                addPlan,
                plans,
                new H2(getTranslation("common.parties")),
                actors,
                new H2(getTranslation("common.topics")),
                topics);
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        catalog = matrices.catalog();
        plans.setItems(catalog.plansNewestFirst());
        actors.setItems(catalog.actors());
        topics.setItems(catalog.topics());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        EditDialog.guard(event);
    }
}
