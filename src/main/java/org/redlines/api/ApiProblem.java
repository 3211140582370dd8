package org.redlines.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.redlines.i18n.Words;
import org.redlines.positions.Notice;
import org.redlines.positions.Phrase;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A request the API refuses, as an RFC 9457 problem document: a stable {@code type}, a status, a plain English
 * {@code title} and {@code detail}, and for bad parameters each one's name, the value given and the reason code
 * (the same codes the views' notices use: {@code unknown}, {@code not-a-date}, {@code repeated}...; for a body's
 * fields the rule's key, such as {@code draft.sources-required}) with an English {@code message}. Codes are stable;
 * the English words may be improved.
 */
class ApiProblem extends RuntimeException {

    static final String BASE = "https://redlines.example.org/problems/";

    record InvalidParam(String name, String value, String reason, String message) {}

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
                        n.code(),
                        english(() -> Words.notice(n))))
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

    /** A body whose fields break the dataset format's rules (the same rules as the editing forms). */
    static ApiProblem invalidBody(Map<String, Phrase> problems) {
        List<InvalidParam> invalid = problems.entrySet().stream()
                .map(e -> new InvalidParam(e.getKey(), null, e.getValue().key(), english(e.getValue())))
                .toList();
        return new ApiProblem(
                400,
                "invalid-body",
                "Invalid body",
                "These fields break the dataset's rules: "
                        + String.join(
                                ", ", invalid.stream().map(InvalidParam::name).toList()) + ".",
                invalid);
    }

    static ApiProblem invalidField(String name, String value, String reason, String message) {
        return new ApiProblem(
                400,
                "invalid-body",
                "Invalid body",
                "These fields break the dataset's rules: " + name + ".",
                List.of(new InvalidParam(name, value, reason, message)));
    }

    static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "edit-conflict", "Edit conflict", detail, List.of());
    }

    static String english(Phrase phrase) {
        return english(() -> Words.of(phrase));
    }

    /** Words for a script: always English, whatever the request's Accept-Language. */
    static String english(Supplier<String> words) {
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            return words.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
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
