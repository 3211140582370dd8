package org.redlines.exchange;

import java.util.List;

/** A dataset that breaks the format: each problem names its JSON path and what is wrong. */
public class DatasetException extends RuntimeException {

    private final List<String> problems;

    public DatasetException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the dataset:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
