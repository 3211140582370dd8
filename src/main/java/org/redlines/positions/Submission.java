package org.redlines.positions;

/**
 * What became of a change a form or a script sent: published at once ({@code published} holds the stored result,
 * when there is one), or, when review is required, kept as the draft {@code draft} until another analyst reviews it.
 */
public record Submission<T>(T published, Long draft) {

    public static <T> Submission<T> published(T value) {
        return new Submission<>(value, null);
    }

    public static <T> Submission<T> pending(long draft) {
        return new Submission<>(null, draft);
    }

    public boolean pending() {
        return draft != null;
    }
}
