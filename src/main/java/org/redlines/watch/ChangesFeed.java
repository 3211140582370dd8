package org.redlines.watch;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.routes.Routes;
import org.springframework.stereotype.Component;

/**
 * The changes that affect a matrix link as an Atom 1.0 feed: every dated position entry of the cells the link
 * shows (the rows and parties its filters select, as the matrix engine selects them) counts as a change made at
 * its date, newest first, at most {@link #MAX_ENTRIES}. Each entry links to its point page and carries
 * categories a program can read: {@code actor:CODE}, {@code point:PLAN/REF}, {@code stance:CODE},
 * {@code redline:true|false}. Written by ROME, which escapes.
 */
@Component
class ChangesFeed {

    static final int MAX_ENTRIES = 100;

    private final MatrixService matrices;

    ChangesFeed(MatrixService matrices) {
        this.matrices = matrices;
    }

    /** The feed of {@code parameters} (the matrix's), with absolute links under {@code base} ("https://host/"). */
    String write(Map<String, List<String>> parameters, String base) {
        MatrixPage page = matrices.open(parameters);
        Matrix matrix = page.matrix();
        Catalog catalog = page.catalog();
        Long frozen = catalog.frozen() == null ? null : catalog.frozen().number();
        Set<String> shown = new HashSet<>();
        for (Matrix.Row row : matrix.rows()) {
            for (ActorInfo actor : matrix.actors()) {
                shown.add(row.point().ref() + "\u0000" + actor.code());
            }
        }
        LocalDate until = page.filter().asOf();
        List<PositionInfo> changes = matrices.planData(catalog, page.filter()).positions().stream()
                .filter(p -> p.pointRef() != null && p.asOf() != null)
                .filter(p -> shown.contains(p.pointRef() + "\u0000" + p.actorCode()))
                .filter(p -> until == null || !p.asOf().isAfter(until))
                .sorted(Comparator.comparing(PositionInfo::asOf)
                        .thenComparingInt(PositionInfo::seq)
                        .thenComparingLong(PositionInfo::id)
                        .reversed())
                .limit(MAX_ENTRIES)
                .toList();
        Map<Long, List<SourceInfo>> sources =
                matrices.sources(catalog, changes.stream().map(PositionInfo::id).toList());

        String view = base + Links.atRevision(Links.matrix(page.filter(), catalog), frozen);
        String self = base
                + Links.atRevision(
                        Links.withQuery(Routes.FEED_CHANGES, MatrixParams.toParameters(page.filter(), catalog)),
                        frozen);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(Messages.t("feed.title", matrix.plan().title()));
        feed.setDescription(Messages.t("feed.subtitle", matrix.plan().code()));
        feed.setUri(self);
        feed.setLanguage(Messages.current().toLanguageTag());
        feed.setLinks(List.of(link(self, "self", "application/atom+xml"), link(view, "alternate", "text/html")));
        SyndPerson author = new SyndPersonImpl();
        author.setName(Messages.t("app.name"));
        feed.setAuthors(List.of(author));
        feed.setPublishedDate(
                changes.isEmpty()
                        ? date(matrix.plan().date())
                        : date(changes.getFirst().asOf()));

        List<SyndEntry> entries = new ArrayList<>();
        for (PositionInfo change : changes) {
            String actor =
                    catalog.actor(change.actorCode()).map(ActorInfo::name).orElse(change.actorCode());
            String title = matrix.rows().stream()
                    .filter(r -> r.point().ref().equals(change.pointRef()))
                    .map(r -> r.point().title())
                    .findFirst()
                    .orElse("");
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(Messages.t("feed.entry", actor, change.pointRef() + ". " + title, Words.cell(change)));
            entry.setUri("tag:redlines," + change.asOf() + ":position/" + change.id());
            entry.setLink(base + Links.atRevision(Links.point(change.plan(), change.pointRef()), frozen));
            entry.setUpdatedDate(date(change.asOf()));
            entry.setPublishedDate(date(change.asOf()));
            List<SourceInfo> its = sources.getOrDefault(change.id(), List.of());
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(change.summary()
                    + (its.isEmpty()
                            ? ""
                            : "\n"
                                    + Messages.t(
                                            "feed.sources",
                                            its.stream()
                                                    .map(s -> s.publisher() + " " + s.url())
                                                    .collect(Collectors.joining("; ")))));
            entry.setDescription(summary);
            entry.setCategories(List.of(
                    category("actor:" + change.actorCode(), actor),
                    category("point:" + change.plan() + "/" + change.pointRef(), change.pointRef()),
                    category("stance:" + change.stance().code(), Words.stance(change.stance())),
                    category("redline:" + change.redLine(), null)));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static SyndCategory category(String term, String label) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(term);
        if (label != null) {
            category.setLabel(label);
        }
        return category;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
