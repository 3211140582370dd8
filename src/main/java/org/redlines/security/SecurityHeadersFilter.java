package org.redlines.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, including Vaadin's page loads, which Vaadin's configuration keeps out
 * of the Spring Security filter chain: CSP, no framing, no referrer to other sites, no MIME sniffing. Later
 * attempts to set these headers (Vaadin sets X-Frame-Options: SAMEORIGIN) are ignored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Content-Type-Options", "nosniff");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HEADERS.forEach(response::setHeader);
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
