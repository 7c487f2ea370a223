package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.fault.injector.NotReady;
import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Courier on two nodes behind the load balancer, with the standalone broker pair (Topology, as
 * {@code ./run.sh --nodes 2} runs it). First 1,000 orders through the balancer: both nodes take
 * placements and both consume from every queue of the chain (competing consumers), every accepted
 * order ends terminal, the books balance. Then one node says it is not ready (a test deployment's
 * readiness check): the balancer routes no placement to it until it says ready again. Then a
 * {@code kill -9} of one node while orders flow:
 * the balancer sends the rest to the other node, which carries on; the dead node's placements in
 * flight are placed again with their Idempotency-Keys, as clients would; after the node's restart
 * (same identity, so its transaction manager settles what it left prepared) nothing is lost,
 * nothing applied twice, nothing left in doubt. Last a {@code kill -9} of the primary broker while
 * orders flow: the backup takes its journal over, the nodes fail over to it by themselves, the
 * placements cut off are placed again; nothing lost or applied twice, nothing left prepared in
 * PostgreSQL or the broker, and the longest time without a 201 is reported. Figures go to
 * target/scale-out.txt.
 */
class ScaleOutIT {

    private static final int ORDERS = 1000;
    private static final int PER_SECOND = 30;
    private static final int WARM_UP = 60;
    private static final int UNREADY_ORDERS = 90;
    private static final Duration DRAIN = TestServer.scaled(Duration.ofMinutes(5));
    private static final List<String> QUEUES = List.of("order.created", "payment.processed", "inventory.updated");

    @Test
    void twoNodesShareTheStreamAndSurviveTheDeathOfANodeAndOfTheBroker() {
        try (Topology topology = new Topology("scale", 2)) {
            CourierServer first = topology.nodes.get(0);
            CourierServer second = topology.nodes.get(1);
            Shop shop = new Shop(topology.url(), 30, 12);
            shop.place(WARM_UP, 10); // warm-up: a burst on cold nodes trips the order service's catalog breaker
            shop.place(ORDERS - WARM_UP, PER_SECOND);
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).until(() -> shop.pending() == 0);

            Map<String, List<Long>> shares = new LinkedHashMap<>();
            shares.put(
                    "placements",
                    topology.nodes.stream()
                            .map(node -> Topology.metric(node, "courier_orders_placed_total", ""))
                            .toList());
            for (String queue : QUEUES) {
                shares.put(
                        queue,
                        topology.nodes.stream()
                                .map(node -> Topology.metric(
                                        node, "courier_messages_handled_seconds_count", "queue=\"" + queue + "\""))
                                .toList());
            }
            Shop.Books books = shop.books();
            report(
                    "scale-out, two nodes: %d placements, %d accepted, refused %s; each node's share (node 1, node 2) %s; "
                            + "lost %d; applied twice %d; books %s%n",
                    ORDERS,
                    shop.accepted.size(),
                    shop.refused,
                    shares,
                    books.notTerminal(shop.accepted),
                    books.appliedTwice.size(),
                    books.balanced() ? "balanced" : "NOT balanced");
            assertThat(books.notTerminal(shop.accepted))
                    .as("accepted orders not terminal")
                    .isZero();
            assertThat(books.appliedTwice).as("payments applied twice").isEmpty();
            assertThat(books.discrepancies).as("books").isEmpty();
            // two cold nodes, two brokers and a balancer on two cores: a node may shed placements with 503
            // (Retry-After) while its catalog breaker is open, as one server does under a burst (CrashRecoveryIT)
            assertThat(shop.refused.keySet())
                    .as("refusals (first of each: %s)", shop.firstRefusal)
                    .isSubsetOf("HTTP 503");
            assertThat(shop.accepted.size()).as("accepted").isGreaterThanOrEqualTo(ORDERS / 2);
            shares.forEach((what, perNode) ->
                    assertThat(perNode).as("%s of each node", what).allMatch(count -> count > 0));

            // the second node says it is not ready (a test deployment whose readiness check is DOWN, as when it
            // cannot reach a dependency of its own): the balancer routes nothing to it while it says so
            long secondBefore = Topology.metric(second, "courier_orders_placed_total", "");
            long acceptedBeforeUnready = shop.accepted.size();
            long unready = System.nanoTime();
            second.deployNow(
                    ShrinkWrap.create(WebArchive.class, "not-ready.war").addClass(NotReady.class));
            await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> topology.routing(second), load -> load.equals(OptionalInt.of(-1)));
            double outOfRouting = (System.nanoTime() - unready) / 1e9;
            shop.place(UNREADY_ORDERS, PER_SECOND);
            long secondWhileUnready = Topology.metric(second, "courier_orders_placed_total", "") - secondBefore;
            long acceptedWhileUnready = shop.accepted.size() - acceptedBeforeUnready;
            long ready = System.nanoTime();
            second.undeployNow("not-ready.war");
            await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> topology.routing(second), load -> load.orElse(-1) > 0);
            double backInRouting = (System.nanoTime() - ready) / 1e9;
            secondBefore = Topology.metric(second, "courier_orders_placed_total", "");
            shop.place(UNREADY_ORDERS, PER_SECOND);
            long secondWhenReady = Topology.metric(second, "courier_orders_placed_total", "") - secondBefore;
            report(
                    "scale-out, node 2 not ready: out of the balancer %.1f s after the deployment that says DOWN began, "
                            + "%d of %d placements accepted meanwhile, %d of them by node 2; back %.1f s after its removal began, "
                            + "then %d of %d placed by node 2%n",
                    outOfRouting,
                    acceptedWhileUnready,
                    UNREADY_ORDERS,
                    secondWhileUnready,
                    backInRouting,
                    secondWhenReady,
                    UNREADY_ORDERS);
            assertThat(secondWhileUnready)
                    .as("placements by the node that is not ready")
                    .isZero();
            assertThat(acceptedWhileUnready)
                    .as("placements accepted by the ready node")
                    .isPositive();
            assertThat(secondWhenReady)
                    .as("placements by the node once ready again")
                    .isPositive();

            // kill -9 of the second node while orders flow; the first carries on
            long acceptedBefore = shop.accepted.size();
            long firstPlacedBefore = Topology.metric(first, "courier_orders_placed_total", "");
            CompletableFuture<Void> placing = CompletableFuture.runAsync(() -> shop.place(600, PER_SECOND));
            await().atMost(DRAIN).until(() -> shop.accepted.size() >= acceptedBefore + 150);
            second.kill();
            long killed = System.nanoTime();
            await().atMost(DRAIN).until(() -> shop.accepted.size() >= acceptedBefore + 400);
            double carriedOn = (System.nanoTime() - killed) / 1e9;
            second.start();
            double restarted = (System.nanoTime() - killed) / 1e9;
            placing.join();
            double nodeGap = longestWithoutAcceptance(shop, killed, System.nanoTime());
            List<String> notPlacedAgain = shop.placeUnansweredAgain();
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).until(() -> shop.pending() == 0);
            double drained = (System.nanoTime() - killed) / 1e9;
            List<String> inDoubt = first.preparedTransactions();
            if (!inDoubt.isEmpty()) {
                try {
                    await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                            .pollInterval(Duration.ofSeconds(1))
                            .until(first::preparedTransactions, List::isEmpty);
                } catch (ConditionTimeoutException e) {
                    // reported and asserted below
                }
                inDoubt = first.preparedTransactions();
            }
            books = shop.books();
            long firstPlacedDuring = Topology.metric(first, "courier_orders_placed_total", "") - firstPlacedBefore;
            report(
                    "scale-out, kill -9 of node 2 mid-stream: %d in this phase, %d of them placed by node 1; %s; "
                            + "in doubt after recovery %s; longest time without a 201 %.1f s; "
                            + "250 more accepted %.1f s after the kill, node 2 ready again at %.1f s, drained at %.1f s%n",
                    shop.accepted.size() - acceptedBefore,
                    firstPlacedDuring,
                    outcome(shop, books),
                    inDoubt,
                    nodeGap,
                    carriedOn,
                    restarted,
                    drained);
            assertNothingLostOrDoneTwice(shop, books, notPlacedAgain, inDoubt, topology.primary.preparedTransactions());

            // kill -9 of the primary broker while orders flow: the backup takes the journal over, the nodes'
            // connection factories fail over to it; the orders of the transactions cut off are retried
            long acceptedBeforeBroker = shop.accepted.size();
            shop.newPhase();
            int backupLogged = topology.backup.logLines().size();
            placing = CompletableFuture.runAsync(() -> shop.place(600, PER_SECOND));
            await().atMost(DRAIN).until(() -> shop.accepted.size() >= acceptedBeforeBroker + 150);
            topology.primary.kill();
            long brokerKilled = System.nanoTime();
            await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> topology.backup.logged(backupLogged, "AMQ221010")); // backup server is now active
            double backupActive = (System.nanoTime() - brokerKilled) / 1e9;
            placing.join();
            notPlacedAgain = shop.placeUnansweredAgain();
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).until(() -> shop.pending() == 0);
            double brokerDrained = (System.nanoTime() - brokerKilled) / 1e9;
            double withoutService = longestWithoutAcceptance(shop, brokerKilled, System.nanoTime());
            books = shop.books();
            List<String> inDoubtAfterFailover = new ArrayList<>(first.preparedTransactions());
            inDoubtAfterFailover.addAll(second.preparedTransactions());
            String brokerInDoubt = topology.backup.preparedTransactions();
            report(
                    "scale-out, kill -9 of the primary broker mid-stream: %d in this phase; %s; in doubt %s, in the broker [%s]; "
                            + "backup active %.1f s after the kill, longest time without a 201 %.1f s, drained at %.1f s%n",
                    shop.accepted.size() - acceptedBeforeBroker,
                    outcome(shop, books),
                    inDoubtAfterFailover,
                    brokerInDoubt,
                    backupActive,
                    withoutService,
                    brokerDrained);
            assertNothingLostOrDoneTwice(shop, books, notPlacedAgain, inDoubtAfterFailover, brokerInDoubt);

            // refused: shed with 503 and Retry-After, or in flight at a kill (the balancer's bare 5xx, a dropped
            // connection; placed again above); never a 500 of Courier's, never a 4xx
            assertThat(shop.refused.keySet())
                    .as("refusals (first of each: %s)", shop.firstRefusal)
                    .isSubsetOf(
                            "HTTP 503",
                            "HTTP 502",
                            "HTTP 503 without Retry-After",
                            "CompletionException",
                            "HttpTimeoutException");
        }
    }

    /** What became of the placements so far, for the report. */
    private static String outcome(Shop shop, Shop.Books books) {
        return String.format(
                "%d accepted in all, refused %s; unanswered placed again: %d found placed before, %d placed now; "
                        + "lost %d; applied twice %d; books %s",
                shop.accepted.size(),
                shop.refused,
                shop.replayed,
                shop.placedOnlyAgain,
                books.notTerminal(shop.accepted),
                books.appliedTwice.size(),
                books.balanced() ? "balanced" : "NOT balanced");
    }

    /**
     * After a kill: every placement cut off was placed again, every accepted order is stored once and
     * terminal, no payment applied twice, the books balance, nothing prepared in PostgreSQL or the broker.
     */
    private static void assertNothingLostOrDoneTwice(
            Shop shop, Shop.Books books, List<String> notPlacedAgain, List<String> inDoubt, String brokerInDoubt) {
        assertThat(notPlacedAgain)
                .as("placements cut off by the kill, placed again")
                .isEmpty();
        assertThat(books.notTerminal(shop.accepted))
                .as("accepted orders not terminal")
                .isZero();
        assertThat(books.count()).as("orders stored").isEqualTo(shop.accepted.size());
        assertThat(books.appliedTwice).as("payments applied twice").isEmpty();
        assertThat(books.discrepancies).as("books").isEmpty();
        assertThat(inDoubt).as("transactions left prepared in PostgreSQL").isEmpty();
        assertThat(brokerInDoubt).as("transactions left prepared in the broker").isEmpty();
    }

    /**
     * The longest time between two 201s (or {@code from} and the next 201) from {@code from} to {@code to}
     * (nanoTime), in seconds: how long clients got no order accepted.
     */
    private static double longestWithoutAcceptance(Shop shop, long from, long to) {
        List<Long> times = shop.acceptedAt.stream()
                .filter(time -> time >= from && time <= to)
                .sorted()
                .toList();
        long previous = from;
        long longest = 0;
        for (long time : times) {
            longest = Math.max(longest, time - previous);
            previous = time;
        }
        return longest / 1e9;
    }

    private static void report(String format, Object... arguments) {
        String line = String.format(format, arguments);
        System.out.print(line);
        try {
            Files.writeString(
                    Path.of("target", "scale-out.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
