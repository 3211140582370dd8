package org.redlines.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.Links;

/**
 * {@code page} (from 1) and {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) of a long list,
 * strict like every API parameter, and the links to its other pages: the request's own link with another
 * {@code page}, so that every filter carries over.
 */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;

    static Paging of(HttpServletRequest request) {
        List<ApiProblem.InvalidParam> bad = new ArrayList<>();
        int page = number(request, "page", 1, Integer.MAX_VALUE, 1, bad);
        int size = number(request, "size", 1, MAX_SIZE, DEFAULT_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new ApiProblem(
                    400,
                    "invalid-parameters",
                    "Invalid parameters",
                    "These parameters have values the API cannot use: "
                            + String.join(
                                    ", ",
                                    bad.stream()
                                            .map(ApiProblem.InvalidParam::name)
                                            .toList())
                            + ".",
                    bad);
        }
        return new Paging(page, size);
    }

    private static int number(
            HttpServletRequest request,
            String name,
            int min,
            int max,
            int otherwise,
            List<ApiProblem.InvalidParam> bad) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return otherwise;
        }
        if (values.length > 1) {
            bad.add(new ApiProblem.InvalidParam(name, values[1], "repeated", "Give " + name + " once."));
            return otherwise;
        }
        try {
            int n = Integer.parseInt(values[0].strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        bad.add(new ApiProblem.InvalidParam(
                name, values[0], "out-of-range", name + " must be a whole number from " + min + " to " + max + "."));
        return otherwise;
    }

    <T> List<T> slice(List<T> all) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    private int last(int total) {
        return Math.max(1, (total + size - 1) / size);
    }

    ApiModel.PageLinks links(HttpServletRequest request, int total) {
        int last = last(total);
        return new ApiModel.PageLinks(
                link(request, page),
                link(request, 1),
                page > 1 ? link(request, Math.min(page - 1, last)) : null,
                page < last ? link(request, page + 1) : null,
                link(request, last));
    }

    /**
     * Longer {@code Link} headers are left out (the body's {@code links} are always there): servers and proxies
     * refuse response headers of more than a few kilobytes, and a link that repeats a long query four times would
     * turn a good answer into a server error.
     */
    static final int MAX_LINK_HEADER = 4096;

    /** The same links as an RFC 8288 {@code Link} header; empty when none, or when it would be too long. */
    String linkHeader(HttpServletRequest request, int total) {
        ApiModel.PageLinks links = links(request, total);
        Map<String, String> rels = new LinkedHashMap<>();
        rels.put("first", links.first());
        rels.put("prev", links.prev());
        rels.put("next", links.next());
        rels.put("last", links.last());
        List<String> parts = new ArrayList<>();
        rels.forEach((rel, href) -> {
            if (href != null) {
                parts.add("<" + href + ">; rel=\"" + rel + "\"");
            }
        });
        String header = String.join(", ", parts);
        return header.length() > MAX_LINK_HEADER ? "" : header;
    }

    private static String link(HttpServletRequest request, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(ApiSupport.parameters(request));
        parameters.put("page", List.of(String.valueOf(page)));
        return Links.withQuery(request.getRequestURI(), parameters);
    }
}
