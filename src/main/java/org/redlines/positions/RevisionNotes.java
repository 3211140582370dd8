package org.redlines.positions;

/**
 * The notes the app itself writes on a revision. They are stored in one fixed form (English, so that the audit
 * tables read the same whoever wrote them); {@link #kind} tells the edges which one a note is, so that they show
 * it in each reader's language.
 */
public final class RevisionNotes {

    private static final String IMPORT = "Import of ";
    private static final String UNNAMED = "a dataset file";
    private static final String SEEDED = "Loaded on first start from ";
    private static final String APPROVED = "Approved by ";
    public static final String BASELINE = "History starts here: the data present when recording began";

    /**
     * A stored note as a phrase: {@code audit.note.*} with the file or location it names, or, for a note the app
     * did not write, the note itself ({@code audit.note.other}).
     */
    public static Phrase phrase(String note) {
        if (note == null) {
            return Phrase.of("audit.note.other", "");
        }
        if (note.equals(IMPORT + UNNAMED)) {
            return Phrase.of("audit.note.import-unnamed");
        }
        if (note.startsWith(IMPORT)) {
            return Phrase.of("audit.note.import", note.substring(IMPORT.length()));
        }
        if (note.startsWith(SEEDED)) {
            return Phrase.of("audit.note.seeded", note.substring(SEEDED.length()));
        }
        if (note.startsWith(APPROVED) && note.endsWith(")") && note.contains(" (review draft ")) {
            int at = note.lastIndexOf(" (review draft ");
            return Phrase.of(
                    "audit.note.approved",
                    note.substring(APPROVED.length(), at),
                    note.substring(at + " (review draft ".length(), note.length() - 1));
        }
        return note.equals(BASELINE) ? Phrase.of("audit.note.baseline") : Phrase.of("audit.note.other", note);
    }

    private RevisionNotes() {}

    /** The stored note of a reviewed change published by {@code reviewer} from draft {@code draft}. */
    public static String approved(String reviewer, long draft) {
        return APPROVED + reviewer + " (review draft " + draft + ")";
    }

    /** The stored note of an import of {@code fileName}. */
    public static String imported(String fileName) {
        return IMPORT + (fileName == null || fileName.isBlank() ? UNNAMED : fileName);
    }

    /** The stored note of the dataset loaded on first start from {@code location}. */
    public static String seeded(String location) {
        return SEEDED + location;
    }
}
