package org.redlines.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.redlines.access.Role;
import org.redlines.routes.Routes;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/} and the feeds: the token's owner, with their role and the
 * token's scope ({@code SCOPE_READ} or {@code SCOPE_WRITE}), for this request only (no session). A token that is
 * unknown, revoked or expired gets {@code 401}; a token over its rate limit gets {@code 429} with
 * {@code Retry-After}. Anywhere else a bearer token counts for nothing: tokens never sign in to the interface.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiTokenFilter(ApiTokenService tokens, int perMinute) {
        this.tokens = tokens;
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesToken(request);
    }

    /** A bearer token on a path where tokens count: the API and the feeds. */
    static boolean carriesToken(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String header = request.getHeader("Authorization");
        return header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && (path.startsWith("/" + Routes.API) || path.startsWith("/feeds/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String text = request.getHeader("Authorization").substring(7).strip();
        var holder = tokens.authenticate(text);
        if (holder.isEmpty()) {
            problem(response, 401, "invalid-token", "Invalid token", "The token is unknown, revoked or expired.");
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(
                holder.get().tokenId(),
                id -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            response.setHeader("Retry-After", String.valueOf(seconds));
            problem(
                    response,
                    429,
                    "rate-limited",
                    "Too many requests",
                    "This token may make " + perMinute + " requests a minute; try again in " + seconds + " s.");
            return;
        }
        response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : holder.get().role().granted()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        authorities.add(
                new SimpleGrantedAuthority("SCOPE_" + holder.get().scope().name()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null, authorities));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A problem document (RFC 9457) for a refusal before the API's own controllers; the texts are constants. */
    static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"https://redlines.example.org/problems/" + type + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
