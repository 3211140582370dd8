package org.redlines.positions;

/** What a change waiting for review does once approved. */
public enum ChangeKind {
    ADD_POSITION,
    CORRECT_POSITION,
    EDIT_POINT,
    ADD_EVENT,
    CORRECT_EVENT,
    DELETE_EVENT;

    /** The code in links and words: {@code add-position}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
