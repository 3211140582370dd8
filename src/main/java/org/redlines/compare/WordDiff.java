package org.redlines.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-level difference between two texts (java-diff-utils' Myers diff over words), as plain-text segments. */
public final class WordDiff {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Segment(Kind kind, String text) {}

    private WordDiff() {}

    public static List<Segment> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Kind.SAME, a.subList(pos, start));
            add(out, Kind.REMOVED, delta.getSource().getLines());
            add(out, Kind.ADDED, delta.getTarget().getLines());
            pos = start + delta.getSource().size();
        }
        add(out, Kind.SAME, a.subList(pos, a.size()));
        return out;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().split("\\s+"));
    }

    private static void add(List<Segment> out, Kind kind, List<String> words) {
        if (!words.isEmpty()) {
            out.add(new Segment(kind, String.join(" ", words)));
        }
    }
}
