package org.redlines.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems one read of a document finds: all are counted, the first {@link #LISTED} are kept, so that a file
 * with millions of mistakes costs no more memory than one with a few.
 */
final class Problems {

    static final int LISTED = 200;

    private final List<DatasetProblem> listed = new ArrayList<>();
    private int found;

    void add(String path, String code, Object... args) {
        found++;
        if (listed.size() < LISTED) {
            listed.add(new DatasetProblem(path.isEmpty() ? "$" : path, code, List.of(args)));
        }
    }

    boolean any() {
        return found > 0;
    }

    DatasetException exception() {
        return new DatasetException(listed, found);
    }
}
