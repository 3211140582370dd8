package org.redlines.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.redlines.i18n.FilterChip;
import org.redlines.i18n.Messages;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;

/**
 * The active filters on one line, each a chip that removes itself: the matrix opens on its rows, with what narrows
 * them in sight, and the whole filter form one click away. Removing a chip reports the filter without it; the
 * view navigates, so the URL stays the only state.
 */
public class FilterChips extends Div {

    private List<FilterChip> chips = List.of();

    public FilterChips() {
        setId("filter-chips");
        addClassName("rl-chips");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", Messages.t("matrix.chips.label"));
    }

    /** How many filter values are active: what the Filters button counts. */
    public int count() {
        return chips.size();
    }

    public void show(Catalog catalog, MatrixFilter filter) {
        chips = FilterChip.of(catalog, filter);
        removeAll();
        for (FilterChip chip : chips) {
            Button button = new Button(chip.text(), VaadinIcon.CLOSE_SMALL.create());
            button.setIconAfterText(true);
            button.setId("chip-" + chip.id());
            button.addClassName("rl-chip");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(Messages.t("matrix.chips.remove", chip.text()));
            button.getElement().setAttribute("role", "listitem");
            button.addClickListener(
                    e -> fireEvent(new RemovedEvent(this, chip.removal().apply(filter))));
            add(button);
        }
        if (chips.size() > 1) {
            Button clear = new Button(
                    Messages.t("matrix.filter.clear-all"), e -> fireEvent(new RemovedEvent(this, filter.cleared())));
            clear.setId("chips-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(clear);
        }
        setVisible(!chips.isEmpty());
    }

    public Registration addRemovedListener(ComponentEventListener<RemovedEvent> listener) {
        return addListener(RemovedEvent.class, listener);
    }

    /** A chip was removed: {@code filter} is what is left. */
    public static class RemovedEvent extends ComponentEvent<FilterChips> {
        private final MatrixFilter filter;

        RemovedEvent(FilterChips source, MatrixFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        public MatrixFilter filter() {
            return filter;
        }
    }
}
