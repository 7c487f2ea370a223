package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.testing.TestDatabase;
import dev.courier.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The services' PostgreSQL stopped for a minute while orders flow, then started again (a restart,
 * a failover): nothing is dead-lettered, every order answered 201 ends terminal exactly once, the
 * books balance; placements while the database is away are refused with 503 and Retry-After,
 * never a 500; readiness is DOWN while it is away and UP after. The server runs with the
 * production redelivery policy (server-config's messaging.cli defaults), not the tests' short one.
 */
class DatabaseOutageIT {

    private static final int ORDERS = 1200;
    private static final int PER_SECOND = 10;
    private static final int WARM_UP = 20;
    private static final int OUTAGE_AFTER = 150;
    /** The fault itself: not scaled, the production policy must ride out this long an outage. */
    private static final Duration OUTAGE = Duration.ofSeconds(60);

    private static final Duration DRAIN = TestServer.scaled(Duration.ofMinutes(5));

    @Test
    void aMinuteWithoutTheDatabaseDeadLettersNothingAndLosesNothing() {
        Map<String, String> productionRedelivery = Map.of(
                "COURIER_MAX_DELIVERY_ATTEMPTS",
                "25",
                "COURIER_REDELIVERY_DELAY",
                "1000",
                "COURIER_MAX_REDELIVERY_DELAY",
                "30000");
        try (CourierServer server = new CourierServer("outage")
                .withEnvironment(productionRedelivery)
                .start()) {
            Shop shop = new Shop(30, 12);
            shop.place(WARM_UP, PER_SECOND);
            CompletableFuture<Void> placing =
                    CompletableFuture.runAsync(() -> shop.place(ORDERS - WARM_UP, PER_SECOND));

            await().atMost(DRAIN).pollInterval(Duration.ofMillis(10)).until(() -> shop.answered() >= OUTAGE_AFTER);
            long acceptedBefore = shop.accepted.size();
            long stopped = System.nanoTime();
            // killed, as a crash or a power cut of the database host would: a fast shutdown instead can
            // cut a commit in a way the JDBC driver misreports (docs/database.md, pgjdbc issue 4438)
            TestDatabase.server().kill();
            await().atMost(TestServer.scaled(Duration.ofSeconds(30)))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> !server.ready());
            double notReadyAfter = (System.nanoTime() - stopped) / 1e9;
            long acceptedAtStop = shop.accepted.size();
            // the fault is a minute long, whatever happens meanwhile
            await().atMost(OUTAGE.plusSeconds(10))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> System.nanoTime() - stopped >= OUTAGE.toNanos());
            boolean readyDuringOutage = server.ready();
            long acceptedDuringOutage = shop.accepted.size() - acceptedAtStop;
            TestDatabase.server().start();
            long restarted = System.nanoTime();
            long answeredAtStart = shop.answered();
            long acceptedAtStart = shop.accepted.size();
            await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofMillis(250))
                    .until(server::ready);
            double readyAgain = (System.nanoTime() - restarted) / 1e9;

            placing.join();
            long answeredAfter = shop.answered() - answeredAtStart;
            long acceptedAfter = shop.accepted.size() - acceptedAtStart;
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).until(() -> shop.pending() == 0);
            double drained = (System.nanoTime() - restarted) / 1e9;
            await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(server::preparedTransactions, List::isEmpty);

            Shop.Books books = shop.books();
            long lost = books.notTerminal(shop.accepted);
            Map<String, Long> deadLetters = server.deadLetters();
            System.out.printf(
                    "database outage of %d s: %d placements, %d accepted (%d before the stop, %d while it was away, "
                            + "%d of %d answered after its start), refused %s; "
                            + "not ready %.1f s after the stop, ready again %.1f s after the start; orders %s; lost %d; applied twice %d; "
                            + "books %s; dead letters %s; from the database's start to drained %.1f s%n",
                    OUTAGE.toSeconds(),
                    ORDERS,
                    shop.accepted.size(),
                    acceptedBefore,
                    acceptedDuringOutage,
                    acceptedAfter,
                    answeredAfter,
                    shop.refused,
                    notReadyAfter,
                    readyAgain,
                    books.orders,
                    lost,
                    books.appliedTwice.size(),
                    books.balanced() ? "balanced" : "NOT balanced",
                    deadLetters,
                    drained);

            assertThat(readyDuringOutage).as("ready while the database is away").isFalse();
            assertThat(lost).as("accepted orders not terminal").isZero();
            assertThat(books.count()).as("orders stored").isEqualTo(shop.accepted.size());
            assertThat(books.appliedTwice).as("payments applied twice").isEmpty();
            assertThat(books.discrepancies).as("books").isEmpty();
            assertThat(deadLetters.values()).as("dead letters %s", deadLetters).allMatch(count -> count == 0);
            // while the database is away a placement is refused as unavailable, with Retry-After; nothing else
            assertThat(shop.refused)
                    .as("refusals (first of each: %s)", shop.firstRefusal)
                    .containsKey("HTTP 503");
            assertThat(shop.refused.keySet())
                    .as("refusals (first of each: %s)", shop.firstRefusal)
                    .isSubsetOf("HTTP 503");
            // once the database is back, placements get through again
            assertThat(acceptedAfter)
                    .as("accepted of the %d placements answered after the database's start", answeredAfter)
                    .isGreaterThanOrEqualTo(answeredAfter * 3 / 4);
        }
    }
}
