package dev.courier.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Readiness of a service's own database: a pooled connection that really answers. */
public abstract class DatabaseCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    /** The check's name in {@code /health/ready}, e.g. {@code order-database}. */
    protected abstract String name();

    /** The resource reference of the service's datasource, e.g. {@code jdbc/order} (declared in its web.xml). */
    protected abstract String dataSourceReference();

    /** Looked up when the application has started; null before. */
    private volatile DataSource dataSource;

    /**
     * Looks the datasource up while the application starts: resource references resolve only on the
     * application's own threads, not on the management thread that runs health probes, which may
     * call this check before the application has started (it is DOWN then, with nothing logged).
     */
    void resolveResources(@Observes @Initialized(ApplicationScoped.class) Object started) throws NamingException {
        dataSource = (DataSource) new InitialContext().lookup("java:comp/env/" + dataSourceReference());
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name());
        DataSource dataSource = this.dataSource;
        if (dataSource == null) {
            return response.down().withData("error", "application starting").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            response.withData("database", connection.getMetaData().getDatabaseProductName());
            return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS))
                    .build();
        } catch (SQLException | RuntimeException e) {
            response.withData("error", e.getClass().getSimpleName());
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                response.withData("sqlState", sql.getSQLState());
            }
            return response.down().build();
        }
    }
}
