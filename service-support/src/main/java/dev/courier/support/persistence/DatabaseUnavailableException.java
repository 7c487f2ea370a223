package dev.courier.support.persistence;

import jakarta.persistence.PersistenceException;

/** The database could not be asked: the request can succeed later, it is not the caller's fault (a 503). */
public class DatabaseUnavailableException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException() {
        super("the database could not be read: a failed access marked the transaction for rollback");
    }
}
