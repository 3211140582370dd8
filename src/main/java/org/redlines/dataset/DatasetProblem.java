package org.redlines.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing wrong with a dataset file: where (its JSON path, {@code $} for the whole document), what (a code, the
 * key {@code dataset.problem.<code>} of the words an edge shows) and the values it concerns, as the file wrote
 * them. An argument that is a {@link JsonKind} names what the file had instead.
 */
public record DatasetProblem(String path, String code, List<Object> args) {

    /** What kind of JSON value a field held, when it held the wrong kind. */
    public enum JsonKind {
        NULL,
        TEXT,
        NUMBER,
        BOOLEAN,
        LIST,
        OBJECT
    }

    public DatasetProblem {
        args = List.copyOf(args);
    }

    /** For logs and start-up failures, where no language applies: {@code path: code [args]}. */
    @Override
    public String toString() {
        return path + ": " + code
                + (args.isEmpty()
                        ? ""
                        : args.stream().map(String::valueOf).collect(Collectors.joining(", ", " [", "]")));
    }
}
