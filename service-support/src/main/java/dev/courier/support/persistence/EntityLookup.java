package dev.courier.support.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The answer of {@code EntityManager.find}, told apart from a look-up that failed. When the
 * database cannot be reached, the connection pool marks the transaction for rollback and Hibernate's
 * {@code find} then answers null, as if the entity did not exist (HHH-12472), which would turn a
 * database outage into a wrong 404 or 422. Wrap every {@code find} whose absence decides an answer:
 * null in a transaction marked for rollback is a {@link DatabaseUnavailableException}.
 */
public final class EntityLookup {

    private EntityLookup() {}

    /** {@code entity} as found, or empty if it does not exist; throws if the database could not be asked. */
    public static <T> Optional<T> found(T entity) {
        if (entity == null && markedForRollback()) {
            throw new DatabaseUnavailableException();
        }
        return Optional.ofNullable(entity);
    }

    private static boolean markedForRollback() {
        try {
            TransactionSynchronizationRegistry transactions = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            return transactions.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
        } catch (NamingException e) {
            return false; // no transaction manager here (a unit test): nothing marked
        }
    }
}
