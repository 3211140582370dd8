package org.redlines.api;

import java.util.List;
import java.util.Map;
import org.redlines.positions.Notice;

/**
 * A request the API refuses, as an RFC 9457 problem document: a stable {@code type}, a status, a plain English
 * {@code title} and {@code detail}, and for bad parameters each one's name, the value given and the reason code
 * (the same codes the views' notices use: {@code unknown}, {@code not-a-date}, {@code repeated}...).
 */
class ApiProblem extends RuntimeException {

    static final String BASE = "https://redlines.example.org/problems/";

    record InvalidParam(String name, String value, String reason) {}

    final int status;
    final String type;
    final String title;
    final List<InvalidParam> invalid;

    ApiProblem(int status, String type, String title, String detail, List<InvalidParam> invalid) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.invalid = List.copyOf(invalid);
    }

    static ApiProblem invalidParameters(List<Notice> notices) {
        List<InvalidParam> invalid = notices.stream()
                .map(n -> new InvalidParam(
                        n.parameter(),
                        n.values().isEmpty() ? null : String.valueOf(n.values().getFirst()),
                        n.code()))
                .toList();
        String names = String.join(
                ", ", invalid.stream().map(InvalidParam::name).distinct().toList());
        return new ApiProblem(
                400,
                "invalid-parameters",
                "Invalid parameters",
                "These parameters have values the API cannot use: " + names + ".",
                invalid);
    }

    static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not-found", "Not found", what, List.of());
    }

    Map<String, Object> body(String instance) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("type", BASE + type);
        out.put("title", title);
        out.put("status", status);
        out.put("detail", getMessage());
        out.put("instance", instance);
        if (!invalid.isEmpty()) {
            out.put("invalid-params", invalid);
        }
        return out;
    }
}
