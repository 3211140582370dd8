package org.redlines.share;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Link unfurlers (Slack, Teams, X, Facebook, LinkedIn, Signal, WhatsApp, Discord, Outlook...) send no cookies and
 * often a HEAD first. They get the first view as a plain page, before Vaadin is reached, so that no session is
 * made for them; HEAD gets the same headers without a body. Runs after Spring Security (no order of its own), so
 * the access rules still apply.
 */
@Component
class UnfurlFilter extends OncePerRequestFilter {

    static final Pattern UNFURLERS = Pattern.compile(
            "(?i).*(slackbot|slack-imgproxy|twitterbot|facebookexternalhit|facebot|linkedinbot|microsoft teams"
                    + "|skypeuripreview|msteams|teamsbot|discordbot|whatsapp|telegrambot|embedly|redditbot"
                    + "|pinterest|applebot|googlebot|bingbot|bingpreview|outlook|ms office|iframely|mastodon).*");

    private final FirstViews views;
    private final LocaleResolver locales;

    UnfurlFilter(FirstViews views, LocaleResolver localeResolver) {
        this.views = views;
        this.locales = localeResolver;
    }

    static boolean isUnfurler(String userAgent) {
        return userAgent != null && UNFURLERS.matcher(userAgent).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!views.enabled()) {
            return true;
        }
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !("GET".equals(method) && isUnfurler(request.getHeader("User-Agent")))) {
            return true;
        }
        return !FirstViews.isView(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = locales.resolveLocale(request);
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        byte[] body;
        try {
            Document document = FirstPage.shell(FirstViews.origin(request));
            views.fill(document, path(request), request.getParameterMap(), FirstViews.origin(request));
            body = document.outerHtml().getBytes(StandardCharsets.UTF_8);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "User-Agent, Accept-Language");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
