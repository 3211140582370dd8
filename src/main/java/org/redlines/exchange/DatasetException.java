package org.redlines.exchange;

import java.util.List;
import org.redlines.i18n.Messages;

/** A dataset that breaks the format: each problem names its JSON path and what is wrong. */
public class DatasetException extends RuntimeException {

    private final List<String> problems;

    public DatasetException(List<String> problems) {
        super(Messages.t(
                        problems.size() == 1 ? "dataset.problems.one" : "dataset.problems.many",
                        String.valueOf(problems.size()))
                + "\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
