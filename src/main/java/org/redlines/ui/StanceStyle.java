package org.redlines.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Words;

/** How a stance looks: a word, an icon and a colour class, so that colour never carries meaning alone. */
public enum StanceStyle {
    SUPPORTS(Stance.SUPPORTS, VaadinIcon.CHECK_CIRCLE),
    CONDITIONAL(Stance.CONDITIONAL, VaadinIcon.ADJUST),
    OPPOSES(Stance.OPPOSES, VaadinIcon.CLOSE_CIRCLE),
    UNCLEAR(Stance.UNCLEAR, VaadinIcon.QUESTION_CIRCLE);

    public static final VaadinIcon RED_LINE_ICON = VaadinIcon.BAN;

    private final Stance stance;
    private final VaadinIcon icon;

    StanceStyle(Stance stance, VaadinIcon icon) {
        this.stance = stance;
        this.icon = icon;
    }

    public static StanceStyle of(Stance stance) {
        return valueOf(stance.name());
    }

    public Stance stance() {
        return stance;
    }

    /** What an empty cell says. */
    public static String emptyLabel() {
        return org.redlines.i18n.Messages.t("common.no-position");
    }

    public String label() {
        return Words.stance(stance);
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** The icon name as a {@code <vaadin-icon icon=...>} attribute takes it. */
    public String iconName() {
        return "vaadin:" + icon.name().toLowerCase().replace('_', '-');
    }

    public String cssClass() {
        return "rl-" + stance.code();
    }
}
