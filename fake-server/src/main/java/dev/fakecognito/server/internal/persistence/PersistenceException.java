package dev.fakecognito.server.internal.persistence;

/** A data directory the fake cannot use (locked, unreadable, of another format); the message says which and why. */
public final class PersistenceException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PersistenceException(String message) {
        super(message);
    }

    PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
