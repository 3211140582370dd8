package org.redlines.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;

/** The small pieces every view shows the same way: a stance with its red-line mark, and a list of sources. */
public final class Badges {

    private Badges() {}

    /** A stance as word, icon and colour, with the red-line mark; "No position" for an empty cell. */
    public static Span stance(PositionInfo position) {
        if (position == null) {
            Span empty = new Span(StanceStyle.emptyLabel());
            empty.addClassName("rl-empty");
            return empty;
        }
        StanceStyle style = StanceStyle.of(position.stance());
        Span badge = new Span(style.icon().create(), new Span(Words.stance(position.stance())));
        badge.addClassNames("rl-cell", style.cssClass());
        badge.getElement().setAttribute("data-stance", position.stance().code());
        if (position.redLine()) {
            badge.add(redLineMark());
            badge.addClassName("rl-is-redline");
        }
        return badge;
    }

    public static Span redLineMark() {
        Span mark = new Span(StanceStyle.RED_LINE_ICON.create(), new Span(Messages.t("common.red-line")));
        mark.addClassName("rl-redline-mark");
        return mark;
    }

    /** A link to a source that opens in a new tab and tells the site nothing about where the reader came from. */
    public static Anchor sourceLink(SourceInfo source) {
        String text = source.publisher()
                + (source.title() == null ? "" : ": " + source.title())
                + (source.date() == null ? "" : " (" + Messages.date(source.date()) + ")");
        Anchor link = new Anchor(source.url(), text);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer"); // not-ui-text
        return link;
    }

    public static UnorderedList sources(List<SourceInfo> sources) {
        UnorderedList list = new UnorderedList();
        list.addClassName("rl-sources-list");
        sources.forEach(s -> {
            ListItem item = new ListItem(sourceLink(s));
            if (s.grade() != null) {
                item.add(new Text(" "), grade(s.grade()));
            }
            list.add(item);
        });
        return list;
    }

    /**
     * A source's Admiralty grade as a small badge whose tooltip and accessible name say both parts in words
     * ("Reliability B: usually reliable; credibility 2: probably true").
     */
    public static Span grade(String code) {
        Span badge = new Span(code);
        badge.addClassName("rl-grade");
        String words = Messages.t(
                "grade.explained",
                code.charAt(0),
                Messages.t("grade.reliability." + code.charAt(0)),
                code.charAt(1),
                Messages.t("grade.credibility." + code.charAt(1)));
        badge.setTitle(words);
        badge.getElement().setAttribute("aria-label", Messages.t("grade.label", code) + ". " + words);
        return badge;
    }

    /**
     * The key to the grade badges: what each letter and digit means and how a threshold such as B3 is met, folded
     * under its title (a native {@code <details>}, so it opens without a server round trip).
     */
    public static NativeDetails gradeLegend() {
        UnorderedList reliability = new UnorderedList();
        for (char letter = 'A'; letter <= 'F'; letter++) {
            reliability.add(new ListItem(letter + " " + Messages.t("grade.reliability." + letter)));
        }
        UnorderedList credibility = new UnorderedList();
        for (int digit = 1; digit <= 6; digit++) {
            credibility.add(new ListItem(digit + " " + Messages.t("grade.credibility." + digit)));
        }
        Div scales = new Div(
                new Div(new Span(Messages.t("grade.legend.reliability")), reliability),
                new Div(new Span(Messages.t("grade.legend.credibility")), credibility));
        scales.addClassName("rl-grade-scales");
        NativeDetails legend = new NativeDetails(
                Messages.t("grade.legend.title"), new Div(scales, new Paragraph(Messages.t("grade.legend.threshold"))));
        legend.addClassName("rl-grade-legend");
        return legend;
    }

    /** Whether any of these sources carries a grade: then the page explains the grades. */
    public static boolean anyGraded(Collection<SourceInfo> sources) {
        return sources.stream().anyMatch(s -> s.grade() != null);
    }

    public static String dateText(PositionInfo position) {
        return position.asOf() == null ? Messages.t("common.undated") : Messages.t("common.as-of", position.asOf());
    }

    /** How long ago a day was, in words: days under a month, then months, then years ("8 months ago"). */
    public static String age(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        if (days <= 0) {
            return Messages.t(days == 0 ? "common.age.today" : "common.age.ahead");
        }
        if (days < 31) {
            return Messages.t(days == 1 ? "common.age.day" : "common.age.days", days);
        }
        if (days < 365) {
            long months = days / 30;
            return Messages.t(months == 1 ? "common.age.month" : "common.age.months", months);
        }
        long years = days / 365;
        return Messages.t(years == 1 ? "common.age.year" : "common.age.years", years);
    }

    /** The date of an entry with how long ago it was; an undated entry says so. */
    public static String dateWithAge(PositionInfo position, LocalDate today) {
        return position.asOf() == null
                ? Messages.t("common.undated")
                : Messages.t("common.as-of-age", position.asOf(), age(position.asOf(), today));
    }
}
