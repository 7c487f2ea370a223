package dev.courier.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.courier.order.orders.control.OrderPlacement;
import dev.courier.order.orders.control.OrderPlacement.Wanted;
import dev.courier.order.orders.control.Orders;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.stubs.CatalogStub;
import dev.courier.order.stubs.StubDeployments;
import dev.courier.order.users.control.Users;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.problem.ProblemException;
import dev.courier.testing.Deployments;
import dev.courier.testing.TestServer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The price look-up's bulkhead: while as many placements as it admits wait on a slow catalog, the
 * next is refused at once with 503 and Retry-After and stores nothing; those waiting are placed
 * when the catalog answers. This deployment admits two ({@link TwoAtATime}) so that the test
 * needs only a few threads; the service's own value is in its configuration.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogBulkheadIT {

    private static final UUID BEANS = UUID.fromString(CatalogStub.BEANS);
    private static final UUID HELD = UUID.fromString(CatalogStub.HELD);
    private static final int ADMITTED = 2;

    @Deployment(name = "catalog", order = 1, testable = false)
    static WebArchive catalog() {
        return StubDeployments.catalog();
    }

    @Deployment(name = "order", order = 2)
    static WebArchive order() {
        return Deployments.inContainer(Deployments.builtWar("order"))
                .addClass(TwoAtATime.class)
                .addAsServiceProvider(ConfigSource.class, TwoAtATime.class);
    }

    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    @Inject
    Users users;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @OperateOnDeployment("order")
    void placementsBeyondTheBulkheadAreRefusedAtOnceAndThoseAdmittedArePlaced() {
        UUID userId = users.register("Patient", "patient-" + UUID.randomUUID() + "@example.com")
                .id();
        List<CompletableFuture<Order>> admitted = IntStream.range(0, ADMITTED)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> placement.place(userId, List.of(new Wanted(HELD, 1))), executor))
                .toList();
        await().atMost(TestServer.scaled(Duration.ofSeconds(10))).until(() -> heldLookUps() == ADMITTED);

        ProblemException refused = catchThrowableOfType(
                ProblemException.class, () -> placement.place(userId, List.of(new Wanted(BEANS, 1))));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers()).containsKey("Retry-After");

        releaseHeldLookUps();
        List<Order> placed = admitted.stream().map(CompletableFuture::join).toList();
        assertThat(placed)
                .as("priced by the catalog once it answered")
                .allSatisfy(order -> assertThat(order.total()).isEqualByComparingTo("3.00"));
        assertThat(orders.list(userId, null, new PageRequest(0, 10)).totalItems())
                .as("the refused placement stored nothing")
                .isEqualTo(ADMITTED);
        // a full bulkhead says nothing against the catalog: its breaker stays closed
        assertThat(placement.place(userId, List.of(new Wanted(BEANS, 1))).total())
                .isEqualByComparingTo("24.90");
    }

    private int heldLookUps() throws IOException, InterruptedException {
        return Integer.parseInt(
                http.send(HttpRequest.newBuilder(stub("held")).build(), HttpResponse.BodyHandlers.ofString())
                        .body()
                        .strip());
    }

    private void releaseHeldLookUps() {
        try {
            http.send(
                    HttpRequest.newBuilder(stub("held/release"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A path of the stub catalog, where the order service finds its catalog. */
    private static URI stub(String path) {
        return URI.create(ConfigProvider.getConfig().getValue("inventory/mp-rest/url", String.class) + "/" + path);
    }

    /** This deployment's bulkhead admits {@value CatalogBulkheadIT#ADMITTED}; the held look-ups never time out while the test runs. */
    public static class TwoAtATime implements ConfigSource {

        private static final String PRICING = "dev.courier.order.orders.control.Pricing/unitPrices/";
        private static final Map<String, String> PROPERTIES = Map.of(
                PRICING + "Bulkhead/value",
                String.valueOf(ADMITTED),
                PRICING + "Timeout/value",
                "60000",
                "inventory/mp-rest/readTimeout",
                "60000");

        @Override
        public Set<String> getPropertyNames() {
            return PROPERTIES.keySet();
        }

        @Override
        public String getValue(String propertyName) {
            return PROPERTIES.get(propertyName);
        }

        @Override
        public String getName() {
            return "CatalogBulkheadIT";
        }

        @Override
        public int getOrdinal() {
            return 500; // above the WAR's own file (100), the environment (300) and system properties (400)
        }
    }
}
