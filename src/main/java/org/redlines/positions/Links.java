package org.redlines.positions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redlines.routes.Routes;

/**
 * Relative links between the views, built in one place so that features can link to each other without
 * depending on each other's classes.
 */
public final class Links {

    private Links() {}

    public static String matrix(MatrixFilter filter, Catalog catalog) {
        return withQuery(Routes.MATRIX, MatrixParams.toParameters(filter, catalog));
    }

    /** The point page; {@code context} is the matrix the user came from, kept for the way back. */
    public static String point(String plan, String ref, MatrixFilter context, Catalog catalog) {
        MatrixFilter kept =
                context == null ? MatrixFilter.NONE : context.withoutPlan().withPoint(null);
        return withQuery(
                Routes.POINTS + "/" + encode(plan) + "/" + encode(ref), MatrixParams.toParameters(kept, catalog));
    }

    public static String point(String plan, String ref) {
        return Routes.POINTS + "/" + encode(plan) + "/" + encode(ref);
    }

    /**
     * A path segment of a link made by {@link #point}, decoded: routes hand segments over still percent-encoded
     * (refs such as "5(1)(a)" are encoded). A segment that is not valid percent-encoding is kept as it came.
     */
    public static String decodeSegment(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /** Commas stay readable: they separate list values and are allowed in a query. */
    public static String withQuery(String path, Map<String, List<String>> params) {
        String query = params.entrySet().stream()
                .flatMap(e -> e.getValue().stream()
                        .map(v -> encode(e.getKey()) + "=" + encode(v).replace("%2C", ",")))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The same link showing the data as recorded in {@code revision}, or the live data when it is null. */
    public static String atRevision(String link, Long revision) {
        int q = link.indexOf('?');
        String path = q < 0 ? link : link.substring(0, q);
        List<String> kept = q < 0
                ? List.of()
                : java.util.Arrays.stream(link.substring(q + 1).split("&"))
                        .filter(p -> !p.isEmpty() && !p.startsWith(MatrixParams.REV + "="))
                        .toList();
        List<String> all = new java.util.ArrayList<>(kept);
        if (revision != null) {
            all.add(MatrixParams.REV + "=" + revision);
        }
        return all.isEmpty() ? path : path + "?" + String.join("&", all);
    }

    /**
     * The matrix view's link naming the shown plan even when the link left it to the default: a file or a
     * printout keeps pointing at this plan after a newer one is added. (withPlan would drop the refs and point.)
     */
    public static String pinned(MatrixPage page) {
        MatrixFilter f = page.filter();
        MatrixFilter pinned = new MatrixFilter(
                page.matrix().plan().code(),
                f.actors(),
                f.topics(),
                f.stances(),
                f.redLineOnly(),
                f.contestedOnly(),
                f.query(),
                f.asOf(),
                f.point(),
                f.refs(),
                f.stale(),
                f.staleOnly(),
                f.minGrade(),
                f.weakOnly());
        return matrix(pinned, page.catalog());
    }
}
