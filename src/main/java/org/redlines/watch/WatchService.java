package org.redlines.watch;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.watch.internal.WatchEntity;
import org.redlines.watch.internal.WatchRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user's watches: the link of a view is what they watch. A matrix link is kept in the matrix's own
 * canonical form (its parameters as the view writes them, invalid values dropped), always live: watching a frozen
 * link watches the same view with the current data. Users see and change only their own watches.
 */
@Service
public class WatchService {

    private final WatchRepository watches;
    private final MatrixService matrices;
    private final WatchMatcher matcher;
    private final SignedTokens tokens;
    private final Clock clock;

    WatchService(
            WatchRepository watches,
            MatrixService matrices,
            WatchMatcher matcher,
            SignedTokens tokens,
            Optional<Clock> clock) {
        this.watches = watches;
        this.tokens = tokens;
        this.matrices = matrices;
        this.matcher = matcher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What moved in a watched view since its owner last saw it: the revision it starts from and the moves. */
    public record SinceLastVisit(
            long since,
            List<WatchMatcher.Difference> differences,
            org.redlines.positions.RevisionInfo latest,
            Map<Long, List<org.redlines.positions.SourceInfo>> sources) {}

    /**
     * The current user opens this matrix view: if they watch it, what moved in it since they last saw it, and
     * from now on "last seen" is the current data. Empty when they do not watch it or nothing moved.
     */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public Optional<SinceLastVisit> visitMatrix(MatrixPage page) {
        String linkText = matrixLink(page);
        String[] link = split(linkText);
        Optional<WatchEntity> watch = watches.findByUsernameAndRouteAndQuery(user(), link[0], link[1]);
        if (watch.isEmpty()) {
            return Optional.empty();
        }
        long latest = matrices.latestRevision();
        long since = watch.get().lastSeenRevision();
        watch.get().seen(latest);
        if (since >= latest) {
            return Optional.empty();
        }
        WatchMatcher.Moves moves = matcher.moves(linkText, since, latest);
        if (moves.differences().isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = moves.differences().stream()
                .filter(d -> d.after() != null)
                .map(d -> d.after().id())
                .toList();
        return Optional.of(new SinceLastVisit(
                since,
                moves.differences(),
                moves.after().catalog().frozen(),
                matrices.sources(moves.after().catalog(), ids)));
    }

    /** How many moves each of the current user's watches has that they have not seen yet, by watch id. */
    @RequiresRole(Role.VIEWER)
    @Transactional(readOnly = true)
    public Map<Long, Integer> unseen() {
        long latest = matrices.latestRevision();
        Map<Long, Integer> out = new HashMap<>();
        for (WatchEntity watch : watches.findByUsernameOrderByCreatedAtDesc(user())) {
            WatchInfo info = watch.info();
            if (info.lastSeenRevision() < latest) {
                int n = matcher.differences(info.matrixLinks(), info.lastSeenRevision(), latest)
                        .size();
                if (n > 0) {
                    out.put(info.id(), n);
                }
            }
        }
        return out;
    }

    /** The live, canonical link of the matrix that {@code parameters} show: "matrix?plan=...". */
    public String matrixLink(Map<String, List<String>> parameters) {
        Map<String, List<String>> live = new HashMap<>(parameters);
        live.remove(MatrixParams.REV);
        MatrixPage page = matrices.open(live);
        return Links.matrix(page.filter(), page.catalog());
    }

    /** The live, canonical link of a matrix page that is already open (a frozen one too). */
    public static String matrixLink(MatrixPage page) {
        return Links.atRevision(Links.matrix(page.filter(), page.catalog()), null);
    }

    /** The current user's watch of this open matrix page, if they have one (no second opening of the matrix). */
    @RequiresRole(Role.VIEWER)
    @Transactional(readOnly = true)
    public Optional<WatchInfo> watchingMatrix(MatrixPage page) {
        return watching(matrixLink(page));
    }

    private Optional<WatchInfo> watching(String linkText) {
        String[] link = split(linkText);
        return watches.findByUsernameAndRouteAndQuery(user(), link[0], link[1]).map(WatchEntity::info);
    }

    /** Watches this matrix view for the current user (once: watching it again changes nothing). */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public WatchInfo watchMatrix(Map<String, List<String>> parameters) {
        String[] link = split(matrixLink(parameters));
        String user = user();
        return watches.findByUsernameAndRouteAndQuery(user, link[0], link[1])
                .orElseGet(() -> watches.save(
                        new WatchEntity(user, link[0], link[1], clock.instant(), matrices.latestRevision())))
                .info();
    }

    /**
     * The current user's watch of a view other than the matrix, by the view's link (relative, without
     * {@code rev}); opening it marks what it shows as seen.
     */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public Optional<WatchInfo> visitView(String viewLink) {
        String[] link = split(Links.atRevision(viewLink, null));
        Optional<WatchEntity> watch = watches.findByUsernameAndRouteAndQuery(user(), link[0], link[1]);
        watch.ifPresent(w -> w.seen(matrices.latestRevision()));
        return watch.map(WatchEntity::info);
    }

    /**
     * Watches a view other than the matrix for the current user: {@code viewLink} is the view's own link
     * (relative; a frozen revision in it is dropped), {@code matrixLinks} the matrix links whose moves are what
     * the view shows (each kept in the matrix's canonical form). Watching it again changes nothing.
     */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public WatchInfo watchView(String viewLink, List<String> matrixLinks) {
        String[] link = split(Links.atRevision(viewLink, null));
        if (link[0].length() > 300 || link[1].length() > 4000) {
            throw new IllegalArgumentException("link too long");
        }
        List<String> canonical = matrixLinks.stream()
                .map(m -> matrixLink(WatchMatcher.parameters(m)))
                .distinct()
                .toList();
        String user = user();
        return watches.findByUsernameAndRouteAndQuery(user, link[0], link[1])
                .orElseGet(() -> watches.save(
                        new WatchEntity(user, link[0], link[1], canonical, clock.instant(), matrices.latestRevision())))
                .info();
    }

    @RequiresRole(Role.VIEWER)
    @Transactional(readOnly = true)
    public List<WatchInfo> mine() {
        return watches.findByUsernameOrderByCreatedAtDesc(user()).stream()
                .map(WatchEntity::info)
                .toList();
    }

    @RequiresRole(Role.VIEWER)
    @Transactional
    public WatchInfo pause(long id, boolean paused) {
        WatchEntity watch = own(id);
        watch.pause(paused);
        return watch.info();
    }

    /** How often it tells: {@code hour} (0-23, UTC) is when a daily digest goes. */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public WatchInfo schedule(long id, Frequency frequency, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour " + hour);
        }
        WatchEntity watch = own(id);
        watch.schedule(frequency, hour);
        return watch.info();
    }

    @RequiresRole(Role.VIEWER)
    @Transactional
    public void delete(long id) {
        watches.delete(own(id));
    }

    /** The watched link behind a private feed token, if the token is current. */
    @Transactional(readOnly = true)
    public Optional<String> feedLink(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return watches.findByFeedToken(token).map(WatchEntity::link);
    }

    /**
     * Gives the watch a new private feed address (a random token), and the previous one, if any, stops working.
     */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public WatchInfo newFeedToken(long id) {
        WatchEntity watch = own(id);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        watch.feedToken(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return watch.info();
    }

    /** The watch's private feed address stops working. */
    @RequiresRole(Role.VIEWER)
    @Transactional
    public WatchInfo revokeFeedToken(long id) {
        WatchEntity watch = own(id);
        watch.feedToken(null);
        return watch.info();
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What an unsubscribe link stopped: one watch's e-mail, or all of a user's. */
    public enum Unsubscribed {
        ONE,
        ALL,
        NOTHING
    }

    /**
     * Turns e-mail off for the subject of a valid unsubscribe token ("w:ID" one watch, "u:NAME" all of a user's
     * watches); the watches stay, with their marks in the app and their feeds. No sign-in: the token is the proof.
     */
    @Transactional
    public Unsubscribed unsubscribe(String token) {
        Optional<String> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return Unsubscribed.NOTHING;
        }
        String s = subject.get();
        if (s.startsWith("w:")) {
            long id;
            try {
                id = Long.parseLong(s.substring(2));
            } catch (NumberFormatException e) {
                return Unsubscribed.NOTHING;
            }
            return watches.findById(id)
                    .map(w -> {
                        w.schedule(Frequency.OFF, w.digestHour());
                        return Unsubscribed.ONE;
                    })
                    .orElse(Unsubscribed.NOTHING);
        }
        if (s.startsWith("u:")) {
            watches.findByUsernameOrderByCreatedAtDesc(s.substring(2))
                    .forEach(w -> w.schedule(Frequency.OFF, w.digestHour()));
            return Unsubscribed.ALL;
        }
        return Unsubscribed.NOTHING;
    }

    private WatchEntity own(long id) {
        WatchEntity watch = watches.findById(id).orElseThrow(() -> new AccessDeniedException("no watch " + id));
        if (!watch.username().equals(user())) {
            throw new AccessDeniedException("not your watch");
        }
        return watch;
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String[] split(String link) {
        int q = link.indexOf('?');
        return q < 0 ? new String[] {link, ""} : new String[] {link.substring(0, q), link.substring(q + 1)};
    }
}
