package org.redlines.security;

/** A refused account change, with a message meant for the user and the form field it is about. */
public class AccountException extends RuntimeException {

    /** The field of a form that the refusal is about, so that a form can show the message beside it. */
    public enum Field {
        USERNAME,
        PASSWORD,
        CURRENT_PASSWORD,
        EMAIL,
        NONE
    }

    private final Field field;

    public AccountException(String message) {
        this(Field.NONE, message);
    }

    public AccountException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
