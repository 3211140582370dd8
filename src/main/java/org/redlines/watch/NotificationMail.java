package org.redlines.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.springframework.stereotype.Component;

/**
 * The words of one notification e-mail, in the current language (the caller sets the recipient's): for each
 * watched view, its plan and filters, and for each change that affected it, who changed it and when, every move
 * before and after with the sources of the new entry, and links to the view live and frozen just before and just
 * after. The HTML part is built with jsoup, which escapes every text it is given.
 */
@Component
class NotificationMail {

    /** One watched view and the revisions, oldest first, that moved it. */
    record Section(WatchInfo watch, List<Change> changes, String unsubscribeLink) {}

    record Change(long revision, Instant at, String author) {}

    record Content(String subject, String text, String html) {}

    private final WatchMatcher matcher;
    private final MatrixService matrices;

    NotificationMail(WatchMatcher matcher, MatrixService matrices) {
        this.matcher = matcher;
        this.matrices = matrices;
    }

    /**
     * The moves of each link and revision, computed once per sending round however many recipients watch the
     * same link (they differ only in language).
     */
    static final class Round {
        private final Map<String, WatchMatcher.Moves> moves = new java.util.HashMap<>();
        private final Map<String, Map<Long, List<SourceInfo>>> sources = new java.util.HashMap<>();
        long writingNanos;
        long smtpNanos;
    }

    Content write(List<Section> sections, boolean digest, String base, String manageLink, Round round) {
        int count = sections.stream().mapToInt(s -> s.changes().size()).sum();
        String subject = Messages.t(digest ? "watch.mail.subject.digest" : "watch.mail.subject", count);
        StringBuilder text = new StringBuilder();
        Document html = Document.createShell("");
        html.title(subject);
        html.child(0).attr("lang", Messages.current().getLanguage());
        Element body = html.body();
        body.attr(
                "style",
                "font-family: Arial, Helvetica, sans-serif; line-height: 1.45; max-width: 44rem; color: #1a1a1a");
        body.appendElement("p").text(Messages.t(digest ? "watch.mail.intro.digest" : "watch.mail.intro"));
        text.append(Messages.t(digest ? "watch.mail.intro.digest" : "watch.mail.intro"))
                .append("\n\n");
        for (Section section : sections) {
            String link = section.watch().link();
            WatchMatcher.Moves latest = null;
            List<String> changeBlocks = new ArrayList<>();
            Element view = body.appendElement("section");
            Element heading = view.appendElement("h2").attr("style", "font-size: 1.15rem; margin: 1.5rem 0 0.25rem");
            Element changes = new Element("div");
            for (Change change : section.changes()) {
                String said = Messages.t(
                        "watch.mail.change", change.revision(), Messages.timestamp(change.at()), change.author());
                Element block = changes.appendElement("div").addClass("change");
                block.appendElement("p").appendElement("strong").text(said);
                StringBuilder t = new StringBuilder(said).append('\n');
                Element list = block.appendElement("ul");
                List<WatchMatcher.Difference> told = new ArrayList<>();
                for (String matrixLink : section.watch().matrixLinks()) {
                    WatchMatcher.Moves moves = round.moves.computeIfAbsent(
                            change.revision() + " " + matrixLink,
                            k -> matcher.moves(matrixLink, change.revision() - 1, change.revision()));
                    latest = moves;
                    List<Long> ids = moves.differences().stream()
                            .filter(d -> d.after() != null)
                            .map(d -> d.after().id())
                            .toList();
                    Map<Long, List<SourceInfo>> sources = round.sources.computeIfAbsent(
                            change.revision() + " " + matrixLink,
                            k -> matrices.sources(moves.after().catalog(), ids));
                    for (WatchMatcher.Difference d : moves.differences()) {
                        if (!told.contains(d)) {
                            told.add(d);
                            item(list, t, d, moves, sources, base);
                        }
                    }
                }
                String beforeLink = base + Links.atRevision(link, change.revision() - 1);
                String afterLink = base + Links.atRevision(link, change.revision());
                Element frozen = block.appendElement("p");
                frozen.appendElement("a").attr("href", beforeLink).text(Messages.t("watch.mail.before"));
                frozen.appendText(" · ");
                frozen.appendElement("a").attr("href", afterLink).text(Messages.t("watch.mail.after"));
                t.append(Messages.t("watch.mail.before"))
                        .append(": ")
                        .append(beforeLink)
                        .append('\n');
                t.append(Messages.t("watch.mail.after"))
                        .append(": ")
                        .append(afterLink)
                        .append('\n');
                changeBlocks.add(t.toString());
            }
            String title =
                    latest == null ? link : latest.after().matrix().plan().title();
            String filters = latest == null || !section.watch().isMatrix()
                    ? ""
                    : MatrixSummary.lines(latest.after(), Instant.now(), "").getFirst();
            heading.appendElement("a").attr("href", base + link).text(title);
            if (!filters.isEmpty()) {
                view.appendElement("p").text(filters);
            }
            view.appendChild(changes);
            view.appendElement("p")
                    .appendElement("a")
                    .attr("href", section.unsubscribeLink())
                    .text(Messages.t("watch.mail.unsubscribe-view"));
            text.append("== ").append(title).append(" ==\n");
            if (!filters.isEmpty()) {
                text.append(filters).append('\n');
            }
            text.append(Messages.t("watch.mail.open"))
                    .append(": ")
                    .append(base)
                    .append(link)
                    .append("\n\n");
            changeBlocks.forEach(b -> text.append(b).append('\n'));
            text.append(Messages.t("watch.mail.unsubscribe-view"))
                    .append(": ")
                    .append(section.unsubscribeLink())
                    .append("\n\n");
        }
        body.appendElement("p").appendElement("a").attr("href", manageLink).text(Messages.t("watch.mail.manage"));
        text.append(Messages.t("watch.mail.manage"))
                .append(": ")
                .append(manageLink)
                .append('\n');
        html.outputSettings().prettyPrint(false);
        return new Content(subject, text.toString(), html.outerHtml());
    }

    /** One move as a list item (HTML) and a line (text): the point, the move in words, the words and sources. */
    private static void item(
            Element list,
            StringBuilder t,
            WatchMatcher.Difference d,
            WatchMatcher.Moves moves,
            Map<Long, List<SourceInfo>> sources,
            String base) {
        String plan = moves.after().matrix().plan().code();
        Element item = list.appendElement("li");
        String words = ChangeWords.of(d, moves.after());
        t.append("- ");
        if (d.ref() != null) {
            item.appendElement("a")
                    .attr("href", base + Links.point(plan, d.ref()))
                    .text(Messages.t("watch.mail.point", d.ref()));
            item.appendText(": ");
            t.append(Messages.t("watch.mail.point", d.ref())).append(": ");
        }
        item.appendText(words);
        t.append(words).append('\n');
        if (d.after() == null) {
            return;
        }
        if (d.after().summary() != null && !d.after().summary().isBlank()) {
            item.appendElement("div").text(d.after().summary());
            t.append("  ").append(d.after().summary()).append('\n');
        }
        for (SourceInfo s : sources.getOrDefault(d.after().id(), List.of())) {
            String label = s.publisher()
                    + (s.title() == null || s.title().isBlank() ? "" : ": " + s.title())
                    + (s.date() == null ? "" : " (" + s.date() + ")");
            Element source = item.appendElement("div").addClass("source");
            if (s.url() != null && !s.url().isBlank()) {
                source.appendElement("a").attr("href", s.url()).text(label);
                t.append("  ").append(label).append(" <").append(s.url()).append(">\n");
            } else {
                source.text(label);
                t.append("  ").append(label).append('\n');
            }
        }
    }
}
