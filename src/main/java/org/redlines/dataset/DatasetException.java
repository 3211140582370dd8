package org.redlines.dataset;

import java.util.List;

/**
 * A dataset that breaks the format: each problem names its JSON path and what is wrong. {@code found} counts them
 * all, also those beyond the first {@link DatasetReader#MAX_PROBLEMS} that are listed.
 */
public class DatasetException extends RuntimeException {

    private final List<DatasetProblem> problems;
    private final int found;

    public DatasetException(List<DatasetProblem> problems, int found) {
        super(found + " problem(s) in the dataset: " + problems); // not-ui-text: the import page words them
        this.problems = List.copyOf(problems);
        this.found = found;
    }

    public List<DatasetProblem> problems() {
        return problems;
    }

    public int found() {
        return found;
    }
}
