package org.redlines.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.compare.WordDiff.Kind;
import org.redlines.compare.WordDiff.Segment;

class WordDiffTest {

    @Test
    void marks_added_and_removed_words() {
        assertThat(WordDiff.of("Ukraine caps its army at 600,000", "Ukraine caps its army at 800,000 in peacetime"))
                .containsExactly(
                        new Segment(Kind.SAME, "Ukraine caps its army at"),
                        new Segment(Kind.REMOVED, "600,000"),
                        new Segment(Kind.ADDED, "800,000 in peacetime"));
    }

    @Test
    void identical_texts_are_one_unchanged_segment_and_empty_texts_are_all_added_or_removed() {
        assertThat(WordDiff.of("same words", "same  words")).containsExactly(new Segment(Kind.SAME, "same words"));
        assertThat(WordDiff.of(null, "new text")).containsExactly(new Segment(Kind.ADDED, "new text"));
        assertThat(WordDiff.of("old text", "")).containsExactly(new Segment(Kind.REMOVED, "old text"));
        assertThat(WordDiff.of("", null)).isEqualTo(List.of());
    }
}
