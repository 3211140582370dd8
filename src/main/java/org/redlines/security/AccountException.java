package org.redlines.security;

/** A refused account change, with a message meant for the user. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
