package org.redlines.positions;

import org.redlines.i18n.Messages;

/**
 * The notes the app itself writes on a revision. They are stored in one fixed form (English, so that the audit
 * tables read the same whoever wrote them) and shown in each reader's language.
 */
public final class RevisionNotes {

    private static final String IMPORT = "Import of ";
    private static final String UNNAMED = "a dataset file";
    private static final String SEEDED = "Loaded on first start from ";
    static final String BASELINE = "History starts here: the data present when recording began";

    private RevisionNotes() {}

    /** The stored note of an import of {@code fileName}. */
    public static String imported(String fileName) {
        return IMPORT + (fileName == null || fileName.isBlank() ? UNNAMED : fileName);
    }

    /** The stored note of the dataset loaded on first start from {@code location}. */
    public static String seeded(String location) {
        return SEEDED + location;
    }

    /** A stored note as the current reader reads it; notes the app did not write are shown as written. */
    public static String shown(String note) {
        if (note == null) {
            return "";
        }
        if (note.equals(IMPORT + UNNAMED)) {
            return Messages.t("audit.note.import-unnamed");
        }
        if (note.startsWith(IMPORT)) {
            return Messages.t("audit.note.import", note.substring(IMPORT.length()));
        }
        if (note.startsWith(SEEDED)) {
            return Messages.t("audit.note.seeded", note.substring(SEEDED.length()));
        }
        if (note.equals(BASELINE)) {
            return Messages.t("audit.note.baseline");
        }
        return note;
    }
}
