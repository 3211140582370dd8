package org.redlines.share;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.redlines.i18n.Messages;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills a page with the first view of its address, or with the sign-in path alone when reading needs an account
 * and nobody is signed in. A view that cannot be rendered leaves the page as it was: the live view still comes.
 */
@Component
class FirstViews {

    private static final Logger LOG = LoggerFactory.getLogger(FirstViews.class);

    /** First views kept, the most recently used; each is a few kilobytes of element tree. */
    private static final int KEPT = 256;

    private final FirstViewRenderer renderer;
    private final MatrixService matrices;
    private final boolean readRequiresLogin;
    private final boolean enabled;

    /**
     * Rendered views by data revision, day, address, parameters, origin and language: the same link renders the
     * same view until the data changes, and a view is given out only as a copy.
     */
    private final Map<String, Optional<FirstView>> rendered =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<FirstView>> eldest) {
                    return size() > KEPT;
                }
            });

    FirstViews(
            FirstViewRenderer renderer,
            MatrixService matrices,
            @Value("${redlines.security.read-requires-login:false}") boolean readRequiresLogin,
            @Value("${redlines.share.first-view:true}") boolean enabled) {
        this.renderer = renderer;
        this.matrices = matrices;
        this.readRequiresLogin = readRequiresLogin;
        this.enabled = enabled;
    }

    /** Off with {@code redlines.share.first-view=false}: pages then start empty, as before (for comparison). */
    boolean enabled() {
        return enabled;
    }

    /** Whether {@code path} is a view address this module renders. */
    static boolean isView(String path) {
        return path == null
                || path.isEmpty()
                || path.equals("/")
                || path.equals("/" + Routes.MATRIX)
                || path.equals("/" + Routes.COMPARE_ACTORS)
                || path.equals("/" + Routes.COMPARE_PLANS)
                || path.equals("/" + Routes.CHANGES)
                || path.equals("/" + Routes.CHARTS)
                || path.startsWith("/" + Routes.POINTS + "/");
    }

    /** Writes the first view of the request into {@code document}; true when it wrote a view. */
    boolean fill(Document document, String path, Map<String, String[]> parameters, String origin) {
        return fill(document, path, parameters, origin, false);
    }

    /** {@code always}: render even when the first view is switched off (an embed is nothing else). */
    boolean fill(Document document, String path, Map<String, String[]> parameters, String origin, boolean always) {
        if (!enabled && !always) {
            return false;
        }
        Locale locale = Messages.current();
        if (!mayShowData()) {
            FirstPage.signInOnly(document, locale, "/" + Routes.LOGIN);
            return false;
        }
        Optional<FirstView> view;
        try {
            Map<String, java.util.List<String>> query = MatrixParams.fromServlet(parameters);
            // today's date too: staleness marks and default periods follow the calendar
            String key = matrices.latestRevision() + "|" + java.time.LocalDate.now() + "|" + path + "|"
                    + new java.util.TreeMap<>(query) + "|" + origin + "|" + locale;
            view = rendered.get(key);
            if (view == null) {
                view = renderer.render(path, query, origin);
                rendered.put(key, view);
            }
            view = view.map(FirstView::copy);
        } catch (RuntimeException e) {
            LOG.warn("No first view for {}: {}", path, e.toString());
            return false;
        }
        view.ifPresent(v -> {
            FirstPage.head(document, v, locale);
            FirstPage.content(document, v.content());
        });
        return view.isPresent();
    }

    static String origin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Whether this request may see data: always when reading is open, else only when someone is signed in. */
    boolean mayShowData() {
        return !readRequiresLogin || signedIn();
    }

    /** Whether answers may be cached by anyone (reading is open) or only by the one browser (it needs a login). */
    boolean publicReads() {
        return !readRequiresLogin;
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
