package org.redlines.releases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Drafts;
import org.redlines.positions.ReleaseInfo;
import org.redlines.positions.ReleaseService;
import org.redlines.routes.Routes;

/** Every published release, newest first, and for administrators the form that publishes the next one. */
@AnonymousAllowed
@Route(Routes.RELEASES)
public class ReleasesView extends Div implements HasDynamicTitle {

    final TextField name = new TextField(Messages.t("release.name"));
    final TextArea notes = new TextArea(Messages.t("release.notes"));
    final Button publish = new Button(Messages.t("release.publish"));
    final UnorderedList list = new UnorderedList();

    public ReleasesView(ReleaseService releases, AuthenticationContext auth) {
        addClassName("rl-page");
        setId("releases-view");
        add(new H1(Messages.t("release.list-title")), new Paragraph(Messages.t("release.intro")));
        if (auth.hasRole(Role.ADMIN.name())) {
            name.setId("release-name");
            name.setPlaceholder("2026.06");
            name.setMaxLength(40);
            name.setHelperText(Messages.t("release.name-help"));
            notes.setId("release-notes");
            notes.setMaxLength(4000);
            notes.setWidthFull();
            publish.setId("release-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClickListener(e -> {
                try {
                    ReleaseInfo done = releases.publish(name.getValue(), notes.getValue());
                    UI.getCurrent().navigate(Routes.RELEASES + "/" + done.name());
                } catch (Drafts.InvalidDraftException ex) {
                    name.setInvalid(ex.problems().containsKey("name"));
                    notes.setInvalid(ex.problems().containsKey("notes"));
                    ex.problems()
                            .forEach((field, problem) ->
                                    (field.equals("name") ? name : notes).setErrorMessage(Words.of(problem)));
                }
            });
            Div form = new Div(new H2(Messages.t("release.new", releases.latestRevision())), name, notes, publish);
            form.addClassName("rl-release-form");
            add(form);
        }
        List<ReleaseInfo> all = releases.list();
        list.setId("release-list");
        if (all.isEmpty()) {
            add(new Paragraph(Messages.t("release.none")));
        }
        for (ReleaseInfo r : all) {
            ListItem item = new ListItem(new Anchor(Routes.RELEASES + "/" + r.name(), r.name()));
            item.add(new Span(" · "
                    + Messages.t(
                            "release.meta",
                            Messages.date(r.publishedAt()
                                    .atZone(java.time.ZoneOffset.UTC)
                                    .toLocalDate()),
                            r.revision(),
                            r.publishedBy())));
            if (r.supersededBy() != null) {
                Span superseded = new Span(" · " + Messages.t("release.superseded", r.supersededBy()));
                superseded.addClassName("rl-release-superseded");
                item.add(superseded);
            }
            item.getElement().setAttribute("data-release", r.name());
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("release.list-title") + " | " + Messages.t("app.name");
    }
}
