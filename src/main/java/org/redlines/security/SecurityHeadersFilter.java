package org.redlines.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.redlines.routes.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, including Vaadin's page loads, which Vaadin's configuration keeps out
 * of the Spring Security filter chain: CSP, no framing, no referrer to other sites, no MIME sniffing. Later
 * attempts to set these headers (Vaadin sets X-Frame-Options: SAMEORIGIN) are ignored.
 *
 * <p>The embeds ({@code /embed/...}) are the one exception: the origins in {@code redlines.embed.allowed-origins}
 * may frame them (CSP {@code frame-ancestors}). With none configured they refuse framing like every other page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeadersFilter.class);

    /** An origin as CSP names it: scheme, host, optional port; nothing that could end the header's directive. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Content-Type-Options", "nosniff");

    private final Map<String, String> embedHeaders;

    SecurityHeadersFilter(@Value("${redlines.embed.allowed-origins:}") List<String> allowedOrigins) {
        List<String> origins = new ArrayList<>();
        for (String origin : allowedOrigins) {
            String o = origin.strip();
            if (o.isEmpty()) {
                continue;
            }
            if (ORIGIN.matcher(o).matches()) {
                origins.add(o);
            } else {
                LOG.warn(
                        "redlines.embed.allowed-origins: ignored {} (not an origin such as https://intranet.example.org)",
                        o);
            }
        }
        embedHeaders = new LinkedHashMap<>(HEADERS);
        if (!origins.isEmpty()) {
            embedHeaders.put(
                    "Content-Security-Policy",
                    SecurityConfig.CONTENT_SECURITY_POLICY.replace(
                            "frame-ancestors 'none'", "frame-ancestors " + String.join(" ", origins)));
            // X-Frame-Options cannot name origins; the CSP says who may frame an embed
            embedHeaders.remove("X-Frame-Options");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> headers = path.startsWith("/" + Routes.EMBED) ? embedHeaders : HEADERS;
        headers.forEach(response::setHeader);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!managed(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!managed(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean managed(String name) {
        return HEADERS.keySet().stream().anyMatch(h -> h.equalsIgnoreCase(name));
    }
}
