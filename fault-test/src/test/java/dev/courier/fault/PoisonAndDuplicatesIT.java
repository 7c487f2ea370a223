package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.fault.injector.PoisonInjector;
import dev.courier.testing.ServerManagement;
import dev.courier.testing.ServerMetrics;
import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Poison and duplicates while the chain is busy: messages no listener can decode are sent into
 * every chain queue, and a copy of every event of three queues is taken aside by a divert and
 * delivered again later. The poison, and only the poison (with its copies), ends in the
 * dead-letter queues; the duplicates change nothing; every accepted order completes once and the
 * books balance.
 */
class PoisonAndDuplicatesIT {

    private static final int ORDERS = 400;
    private static final int PER_SECOND = 20;
    private static final int POISON_PER_QUEUE = 5;
    private static final Duration DRAIN = TestServer.scaled(Duration.ofMinutes(5));
    private static final List<String> DUPLICATED = List.of("order.created", "payment.processed", "inventory.updated");

    @Test
    void poisonIsDeadLetteredDuplicatesChangeNothingAndEverythingElseCompletes() {
        WebArchive injector = ShrinkWrap.create(WebArchive.class, "fault-injector.war")
                .addClass(PoisonInjector.class)
                .addClass(PoisonInjector.Injector.class);
        try (CourierServer server = new CourierServer("poison").deploy(injector).start()) {
            Shop shop = new Shop(30, 12);
            for (String queue : DUPLICATED) {
                ModelNode copies = Operations.createAddOperation(ServerManagement.jmsQueue("copies." + queue));
                copies.get("entries").add("java:/jms/queue/copies." + queue);
                server.manage(copies);
                ModelNode divert = Operations.createAddOperation(divert(queue));
                divert.get("divert-address").set("jms.queue." + queue);
                divert.get("forwarding-address").set("jms.queue.copies." + queue);
                divert.get("exclusive").set(false);
                server.manage(divert);
            }
            CompletableFuture<Void> placing = CompletableFuture.runAsync(() -> shop.place(ORDERS, PER_SECOND));

            await().atMost(DRAIN).until(() -> shop.accepted.size() >= ORDERS / 3);
            for (String queue : CourierServer.CHAIN_QUEUES) {
                poison(queue);
            }
            await().atMost(DRAIN).until(() -> shop.accepted.size() >= ORDERS * 2 / 3);
            Map<String, Long> duplicates = new TreeMap<>();
            for (String queue : DUPLICATED) {
                server.manage(Operations.createRemoveOperation(divert(queue)));
                ModelNode move =
                        Operations.createOperation("move-messages", ServerManagement.jmsQueue("copies." + queue));
                move.get("other-queue-name").set(queue);
                duplicates.put(queue, server.manage(move).asLong());
            }
            placing.join();
            await().atMost(DRAIN)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> shop.pending() == 0
                            && server.messageCounts(CourierServer.CHAIN_QUEUES).values().stream()
                                    .allMatch(count -> count == 0));

            Shop.Books books = shop.books();
            long lost = books.notTerminal(shop.accepted);
            Map<String, Long> deadLetters = server.deadLetters();
            System.out.printf(
                    "poison and duplicates: %d placements, %d accepted, refused %s; poison %d per queue; duplicates delivered %s; "
                            + "orders %s; lost %d; applied twice %d; books %s; dead letters %s%n",
                    ORDERS,
                    shop.accepted.size(),
                    shop.refused,
                    POISON_PER_QUEUE,
                    duplicates,
                    books.orders,
                    lost,
                    books.appliedTwice.size(),
                    books.balanced() ? "balanced" : "NOT balanced",
                    deadLetters);

            assertThat(duplicates.values()).as("duplicates delivered again").allMatch(count -> count > 0);
            assertThat(lost).as("accepted orders not terminal").isZero();
            assertThat(books.appliedTwice).as("payments applied twice").isEmpty();
            assertThat(books.discrepancies).as("books").isEmpty();
            // the divert copied the poison too, and a copy of poison is poison: it is dead-lettered as well
            deadLetters.forEach((deadLetterQueue, count) -> assertThat(count)
                    .as(deadLetterQueue)
                    .isEqualTo(POISON_PER_QUEUE
                            * (DUPLICATED.contains(deadLetterQueue.substring("DLQ.".length())) ? 2L : 1L)));
            assertThat(shop.accepted.size()).as("accepted").isGreaterThanOrEqualTo(ORDERS - 20);

            // the metrics endpoint says the same: the dead-letter depths, and the failed deliveries before them
            ServerMetrics metrics = ServerMetrics.read();
            deadLetters.forEach((deadLetterQueue, count) -> assertThat(metrics.sum(
                            "messaging_activemq_message_count", "name", deadLetterQueue, "type", "jms-queue"))
                    .as("metric of " + deadLetterQueue)
                    .isEqualTo(count.doubleValue()));
            for (String queue : CourierServer.CHAIN_QUEUES) {
                assertThat(metrics.sum("courier_messages_redelivered_total", "queue", queue))
                        .as("redeliveries of " + queue)
                        .isGreaterThanOrEqualTo(POISON_PER_QUEUE);
                assertThat(metrics.sum(
                                "courier_messages_handled_seconds_count", "queue", queue, "outcome", "rolled_back"))
                        .as("deliveries of %s rolled back", queue)
                        .isGreaterThanOrEqualTo(POISON_PER_QUEUE * 2);
            }
        }
    }

    private static ModelNode divert(String queue) {
        return Operations.createAddress(
                "subsystem", "messaging-activemq", "server", "default", "divert", "duplicate." + queue);
    }

    private static void poison(String queue) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(TestServer.httpUrl() + "/fault-injector/poison/" + queue
                                            + "?count=" + POISON_PER_QUEUE))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode())
                    .as("poisoning %s: %s", queue, answer.body())
                    .isEqualTo(204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
