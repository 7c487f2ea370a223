package dev.courier.support.schema;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the service's versioned schema migrations ({@code db/migration/V<n>__*.sql} in its WAR,
 * Flyway) to its own database when its persistence unit starts, before Hibernate validates the
 * entities against the tables ({@code hibernate.hbm2ddl.auto=validate}). A database that is up to
 * date gets nothing; a new migration is applied once; several servers starting at once on one
 * database take turns (Flyway locks its history table).
 * <p>
 * Why a Hibernate integrator: it is the one hook of a deployment that runs before the persistence
 * unit validates its schema (CDI and {@code @Startup} beans start after it). On a server whose JPA
 * provider is not Hibernate (Open Liberty's EclipseLink), run the same migrations with that
 * provider's session customizer or Flyway's command line.
 */
public final class SchemaMigrations implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // a database whose tables Hibernate created before there were migrations takes V1 as applied
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .load()
                .migrate();
        LOG.info(() -> "Schema of " + sessionFactory.getName() + ": " + result.migrationsExecuted
                + " migrations applied, at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}
