package dev.courier.support.problem;

import dev.courier.support.persistence.DatabaseUnavailableException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;

/**
 * A request that failed because the service's own database could not be reached (stopped,
 * restarting, failing over, out of connections) is refused as unavailable for a while, a 503
 * problem with {@code Retry-After}, never a 500: nothing was changed, and the same request will
 * succeed once the database is back. Readiness says DOWN meanwhile (DatabaseCheck). The same holds
 * for the message broker while it cannot be reached or fails over to its backup (several nodes,
 * docs/scale-out.md).
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    /**
     * ActiveMQ Artemis' client exceptions for a broker that cannot be reached or was lost (not
     * {@code ActiveMQTransactionOutcomeUnknownException}: after it a commit may have happened).
     */
    static final Set<String> BROKER_UNREACHABLE = Set.of(
            "ActiveMQConnectionTimedOutException",
            "ActiveMQNotConnectedException",
            "ActiveMQDisconnectedException",
            "ActiveMQUnBlockedException");

    private DatabaseOutage() {}

    /**
     * Whether {@code failure} or one of its causes says the database could not be reached: an
     * {@link SQLException} of SQLState class 08 (connection exception), 57P (the server is shutting
     * down or starting) or 53300 (too many connections), the connection pool's own
     * {@code jakarta.resource.ResourceException} (no connection could be made), or a
     * {@link DatabaseUnavailableException} (a look-up that could not be made, see EntityLookup), or
     * an {@link XAException} {@code XAER_RMFAIL} (a resource manager was gone at prepare or commit:
     * the database, or the broker while it fails over to its backup, docs/scale-out.md), or a
     * {@link RollbackException}: the transaction manager rolled the transaction back when it was
     * to commit, because one of its resources failed during it (measured: the broker's primary
     * killed while a placement's send was enlisted) or it outlived its timeout. Either way nothing
     * was changed and the same request can succeed. Also the message broker's client failing to
     * reach a broker ({@link #BROKER_UNREACHABLE}, matched by name: the JMS client is the
     * server's), e.g. a connection made while the primary is dead and the backup not yet active:
     * the send failed, so the transaction is rolled back.
     */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                    return true;
                }
            }
            if (cause instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
                return true; // the database could not be reached to prepare or commit
            }
            if (BROKER_UNREACHABLE.contains(cause.getClass().getSimpleName())) {
                return true;
            }
            if (cause instanceof RollbackException) {
                return true; // rolled back at commit: nothing changed
            }
            if (cause instanceof DatabaseUnavailableException
                    || cause.getClass().getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }

    /** The 503 problem for a request that {@code failure} ended; logged with its instance id, without the stack. */
    static Response response(Throwable failure) {
        Problem problem = new Problem(
                "about:blank",
                Problems.title(503),
                503,
                "A resource the service needs (its database or the message broker) is not available at the moment; try again later.",
                Problems.newInstance(),
                null);
        LOG.warning(() -> "Request refused while the database or the broker is unavailable, problem "
                + problem.instance() + ": " + rootCause(failure));
        return Response.fromResponse(Problems.response(problem))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (root.getCause() != null && seen.put(root, true) == null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
