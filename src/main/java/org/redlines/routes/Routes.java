package org.redlines.routes;

/**
 * Every address the app answers, named once: the views' routes (relative, as Vaadin and links use them) and the
 * downloads under {@link #EXPORT}. Views, links, controllers and the security configuration all read them here.
 */
public final class Routes {

    public static final String MATRIX = "matrix";
    /** Followed by {@code /plan/ref}. */
    public static final String POINTS = "points";

    public static final String POINT_TEMPLATE = POINTS + "/:plan/:ref";
    public static final String COMPARE_ACTORS = "compare/actors";
    public static final String COMPARE_PLANS = "compare/plans";
    public static final String CHANGES = "changes";
    public static final String EVENTS = "events";
    public static final String CHARTS = "charts";
    public static final String AUDIT = "audit";
    public static final String REVIEW = "review";
    public static final String RELEASES = "releases";
    public static final String RELEASE_TEMPLATE = RELEASES + "/:name";
    /** Downloads of a release: {@code export/releases/<name>/<file>}. */
    public static final String RELEASE_FILES = "export/releases/";

    public static final String IMPORT = "import";
    public static final String USERS = "users";
    public static final String MANAGE = "manage";
    public static final String LOGIN = "login";
    /** A signed-in user's watches. */
    public static final String WATCHES = "watches";

    /** The picture of a preview card: {@code ?view=matrix|point|compare-actors|compare-plans|changes|charts&...}. */
    public static final String PREVIEW = "preview.png";

    /** Read-only views for other sites' pages; the only addresses that may be framed (by configured origins). */
    public static final String EMBED = "embed/";

    public static final String EMBED_MATRIX = EMBED + "matrix";
    public static final String EMBED_CHARTS = EMBED + "charts";

    /** The Atom feed of the changes that affect a matrix link: {@code ?<the matrix's parameters>}. */
    public static final String FEED_CHANGES = "feeds/changes.atom";

    /** A watch's private feed: {@code feeds/watch/<token>.atom}, for readers that cannot sign in. */
    public static final String FEED_PRIVATE = "feeds/watch/";

    /** A signed-in user's personal API tokens. */
    public static final String TOKENS = "tokens";

    /** The HTTP API, version 1 (module api). */
    public static final String API = "api/v1/";

    /** Stops e-mail for one watch or all of a user's, by a signed link from the e-mail itself (no sign-in). */
    public static final String UNSUBSCRIBE = "unsubscribe";

    /** The plain page for someone the identity provider signed in but who may not use Redlines. */
    public static final String SSO_REFUSED = "sso-refused";

    /** The administrators' page of webhooks and their delivery log. */
    public static final String WEBHOOKS = "webhooks";

    /** Every download lives under this prefix, which is not a view. */
    public static final String EXPORT = "export/";

    public static final String MATRIX_CSV = EXPORT + "matrix.csv";
    public static final String MATRIX_XLSX = EXPORT + "matrix.xlsx";
    public static final String MATRIX_BRIEFING = EXPORT + "briefing.pdf";
    public static final String POINT_BRIEFING = EXPORT + "point-briefing.pdf";
    /** The briefings as Word documents, to edit before they are sent on. */
    public static final String MATRIX_BRIEFING_DOCX = EXPORT + "briefing.docx";

    public static final String POINT_BRIEFING_DOCX = EXPORT + "point-briefing.docx";
    public static final String DATASET = EXPORT + "dataset.json";
    /** The negotiation's events as an iCalendar feed. */
    public static final String EVENTS_ICS = EXPORT + "events.ics";
    /** Followed by the file name that the backup gave the file. */
    public static final String BACKUPS = EXPORT + "backups/";

    private Routes() {}
}
