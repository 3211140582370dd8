package org.redlines.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed and hostile links for a view, deterministically (a fixed seed per view): each link names
 * at least one value the view must refuse, plus hostile noise (script and SQL fragments, very long values,
 * repeated parameters, control characters, unknown parameters).
 */
final class HostileLinks {

    /** A link: its path and its already decoded query parameters, and whether the view must show a notice. */
    record Link(String path, Map<String, List<String>> params) {
        String describe() {
            return path + "?" + params;
        }
    }

    static final List<String> NOISE = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR 1=1 --",
            "1; DROP TABLE plan; --",
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "${7*7}",
            "{{7*7}}",
            "../../etc/passwd",
            "\u0000nul",
            "line\r\nSet-Cookie: x=y",
            "Ω≈ç√∫˜µ",
            "\uD83D\uDCA3",
            "%00",
            "%ZZ",
            " ",
            "",
            "x".repeat(5000),
            "-1",
            "99999999999999999999999");

    private HostileLinks() {}

    /** For each parameter a view reads: values it must refuse with a notice. */
    static Map<String, List<String>> refusedValues(String view) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> matrixish = List.of("matrix", "charts", "points");
        if (!view.equals("points") && !view.equals("compare/plans") && !view.equals("changes")) {
            // The point page's path names its plan; the other views name theirs in the query.
            out.put("plan", List.of("NO-SUCH-PLAN", "<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(3000)));
        }
        if (view.equals("compare/actors")) {
            // Party against party reads only these of the matrix's parameters.
            out.put("topics", List.of("nope", "territory'--", "<b>x</b>"));
            out.put("asOf", List.of("2025-13-45", "0000-00-00", "2025-02-30"));
            out.put("q", List.of("x".repeat(5000)));
        }
        if (matrixish.contains(view)) {
            out.put("actors", List.of("XX", "UA,<img src=x>", "' OR 1=1 --"));
            out.put("topics", List.of("nope", "territory'--", "<b>x</b>"));
            out.put("stances", List.of("maybe", "Opposes", "supports,<script>"));
            out.put("redline", List.of("yes", "1", "<script>"));
            out.put("contested", List.of("TRUE ", "on"));
            out.put("asOf", List.of("2025-13-45", "0000-00-00", "2025-02-30", "yesterday", "2025-1-1'--"));
            out.put("refs", List.of("999,abc", "<script>", "' OR 1=1"));
            out.put("q", List.of("x".repeat(5000)));
            if (!view.equals("points")) {
                out.put("point", List.of("999", "<script>alert(1)</script>", "' OR 1=1 --"));
            }
        }
        if (view.equals("charts")) {
            out.put("chart", List.of("pie", "<script>", "STANCES'--"));
        }
        if (view.equals("compare/actors")) {
            out.put("a", List.of("ZZ", "<script>"));
            out.put("b", List.of("' OR 1=1 --", "QQ"));
            out.put("verdict", List.of("maybe", "<img>"));
        }
        if (view.equals("compare/plans")) {
            out.put("plans", List.of("NOPE,NADA", "<script>", "US-28,' OR 1=1"));
            out.put("topics", List.of("nope", "<b>"));
        }
        if (view.equals("changes")) {
            out.put("from", List.of("2025-13-45", "tomorrow"));
            out.put("to", List.of("2025-02-30", "' OR 1=1"));
            out.put("actors", List.of("XX"));
            out.put("plans", List.of("NOPE"));
            out.put("topics", List.of("nope"));
            out.put("trend", List.of("sideways", "<script>"));
        }
        out.put("rev", List.of("-1", "abc", "0", "99999999999999999999", "1e9", "NaN", "<script>"));
        return out;
    }

    static List<Link> generate(String view, String path, int count) {
        Random random = new Random(view.hashCode() * 31L + 7);
        Map<String, List<String>> refused = refusedValues(view);
        List<String> names = new ArrayList<>(refused.keySet());
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            int bad = 1 + random.nextInt(3);
            for (int j = 0; j < bad; j++) {
                String name = names.get(random.nextInt(names.size()));
                List<String> values = refused.get(name);
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(values.get(random.nextInt(values.size())));
            }
            if (random.nextInt(3) == 0) {
                String name = names.get(random.nextInt(names.size()));
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(NOISE.get(random.nextInt(NOISE.size())));
            }
            if (random.nextInt(4) == 0) {
                params.computeIfAbsent(NOISE.get(random.nextInt(NOISE.size())), k -> new ArrayList<>())
                        .add(NOISE.get(random.nextInt(NOISE.size())));
            }
            links.add(new Link(path, params));
        }
        return links;
    }
}
