package dev.courier.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.support.persistence.DatabaseUnavailableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Exception failure = new RuntimeException("EJB failed", new PersistenceException("could not prepare", refused));

        assertThat(DatabaseOutage.isCause(failure)).isTrue();
    }

    @Test
    void aServerShuttingDownOrOutOfConnectionsIsAnOutage() {
        assertThat(DatabaseOutage.isCause(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("too many connections", "53300")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("no route", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new DatabaseUnavailableException())))
                .isTrue();
    }

    @Test
    void aTransactionRolledBackAtCommitIsAnOutage() {
        // what a placement's commit threw when the primary broker died with its send enlisted
        Exception failure = new RuntimeException(new RollbackException("ARJUNA016053: Could not commit transaction."));

        assertThat(DatabaseOutage.isCause(failure)).isTrue();
    }

    @Test
    void aBrokerThatCannotBeReachedIsAnOutage() {
        // what a placement's send threw while the primary broker was dead and the backup not yet active
        Exception failure = new RuntimeException(
                "Failed to create session factory",
                new ActiveMQConnectionTimedOutException("AMQ219013: Timed out waiting to receive cluster topology"));

        assertThat(DatabaseOutage.isCause(failure)).isTrue();
    }

    /** Named as the broker's client names it. */
    static final class ActiveMQConnectionTimedOutException extends Exception {
        ActiveMQConnectionTimedOutException(String message) {
            super(message);
        }
    }

    @Test
    void aFailureOfTheRequestItselfIsNot() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key value", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);

        assertThat(DatabaseOutage.isCause(first)).isFalse();
    }
}
