package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.database.Database;
import dev.courier.testing.TestDatabase;
import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * A real server stopped cleanly while orders flow, then started again on its data: every order
 * that was answered 201 reaches a terminal state, nothing is applied twice, the books balance and
 * no dead-letter queue holds anything; what was left in the queues is processed after the start.
 * 300 orders across 30 customers and 12 products (some short of money or stock, so compensations
 * run too): 20 at a light, steady rate (10/s), 80 in a burst faster than the chain, the stop at
 * once, the other 200 at the light rate after the start. The second start applies no schema
 * migration: each service's database stays at the version the first start migrated it to.
 */
class RestartIT {

    private static final int ORDERS = 300;
    private static final int PER_SECOND = 10;
    private static final int WARM_UP = 20;
    private static final int BEFORE_STOP = 100;
    private static final int BURST_PER_SECOND = 40;
    private static final Duration DRAIN = TestServer.scaled(Duration.ofMinutes(5));

    @Test
    void aCleanRestartUnderLoadLosesNothingAndProcessesWhatWasQueued() {
        try (CourierServer server = new CourierServer("restart").start()) {
            Shop shop = new Shop(30, 12);
            shop.place(WARM_UP, PER_SECOND); // a burst on a cold server trips the order service's catalog breaker
            shop.place(BEFORE_STOP - WARM_UP, BURST_PER_SECOND); // faster than the chain: work is left in the queues
            long pendingAtStop = shop.pending();
            Map<String, Long> queuedAtStop = server.messageCounts(CourierServer.CHAIN_QUEUES);
            int logBeforeStop = server.logLines(0).size();
            server.stop();
            // a graceful stop (server.cli): suspended first, every delivery in flight finished, none cut short
            List<String> stopping = server.logLines(logBeforeStop);
            long restarted = System.nanoTime();
            server.start();
            shop.place(ORDERS - BEFORE_STOP, PER_SECOND);
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).until(() -> shop.pending() == 0);
            double drained = (System.nanoTime() - restarted) / 1e9;

            Shop.Books books = shop.books();
            long lost = books.notTerminal(shop.accepted);
            Map<String, Long> deadLetters = server.deadLetters();
            System.out.printf(
                    "restart: %d placements, %d accepted; at the stop %d orders pending, queued %s; refused %s; orders %s; "
                            + "lost %d; applied twice %d; books %s; dead letters %s; from restart to drained %.1f s%n",
                    ORDERS,
                    shop.accepted.size(),
                    pendingAtStop,
                    queuedAtStop,
                    shop.refused,
                    books.orders,
                    lost,
                    books.appliedTwice.size(),
                    books.balanced() ? "balanced" : "NOT balanced",
                    deadLetters,
                    drained);

            assertThat(stopping)
                    .as("the stop's log")
                    .anyMatch(line -> line.contains("WFLYSRV0211")) // suspending with a timeout: the graceful stop
                    .anyMatch(line -> line.contains("WFLYEJB0493")) // EJB suspension complete: no delivery in flight
                    .noneMatch(line -> line.contains("rolled back for redelivery"))
                    .noneMatch(line -> line.contains("ARJUNA") && line.contains("WARN"));
            assertThat(lost).as("accepted orders not terminal").isZero();
            assertThat(books.appliedTwice).as("payments applied twice").isEmpty();
            assertThat(books.discrepancies).as("books").isEmpty();
            assertThat(deadLetters.values()).as("dead letters %s", deadLetters).allMatch(count -> count == 0);
            // a placement the order service sheds under the burst (503, Retry-After) places nothing:
            // no other refusal is allowed, and most placements must get through for the test to mean anything
            assertThat(shop.refused.keySet()).as("refusals").isSubsetOf("HTTP 503");
            assertThat(shop.accepted.size()).as("accepted").isGreaterThanOrEqualTo(ORDERS * 3 / 4);
            // each service migrated its database on the first start, and the second start applied nothing
            for (String service : List.of("order", "payment", "inventory")) {
                assertThat(appliedMigrations("restart_" + service))
                        .as("migrations applied to %s", service)
                        .isEqualTo(migrationsIn(service));
            }
        }
    }

    /** The versions of the migrations {@code service}'s WAR carries, in version order. */
    private static List<String> migrationsIn(String service) {
        Path war = Path.of(System.getProperty("courier.fault.deployments", "target/deployments"))
                .resolve(service + "-war.war");
        Pattern migration = Pattern.compile("WEB-INF/classes/db/migration/V(\\d+)__.*\\.sql");
        try (ZipFile zip = new ZipFile(war.toFile())) {
            return zip.stream()
                    .map(entry -> migration.matcher(entry.getName()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .sorted()
                    .map(String::valueOf)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions in Flyway's history of database {@code name}, in the order they were applied. */
    private static List<String> appliedMigrations(String name) {
        Database database = TestDatabase.server().database(name);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version from flyway_schema_history where success order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
