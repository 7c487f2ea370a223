package dev.courier.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.courier.order.demo.control.DemoUsers;
import dev.courier.order.orders.control.OrderPlacement;
import dev.courier.order.orders.control.OrderPlacement.Placed;
import dev.courier.order.orders.control.OrderPlacement.Wanted;
import dev.courier.order.orders.control.Orders;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.order.orders.entity.OrderStep;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Placing orders inside the server, priced by a stub catalog over real HTTP. */
@ExtendWith(ArquillianExtension.class)
class OrderPlacementIT {

    private static final UUID BEANS = UUID.fromString(CatalogStub.BEANS);
    private static final UUID MUG = UUID.fromString(CatalogStub.MUG);

    @Deployment(name = "catalog", order = 1, testable = false)
    static WebArchive catalog() {
        return StubDeployments.catalog();
    }

    @Deployment(name = "order", order = 2)
    static WebArchive order() {
        return Deployments.inContainer(Deployments.builtWar("order"));
    }

    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    @Inject
    Users users;

    @Inject
    DemoUsers demo;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private UUID userId;

    @BeforeEach
    void registerUser() {
        if (users != null) { // null on the client side, where this runs too
            userId = users.register("Tester", "tester-" + UUID.randomUUID() + "@example.com")
                    .id();
        }
    }

    @Test
    @OperateOnDeployment("order")
    void orderIsPricedByTheCatalogAndStoredPending() {
        Order placed = placement.place(userId, List.of(new Wanted(BEANS, 2), new Wanted(MUG, 1)));

        Order stored = orders.find(placed.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(stored.total()).isEqualTo(new BigDecimal("62.30"));
        assertThat(stored.lines().get(0).unitPrice()).isEqualTo(new BigDecimal("24.90"));
        assertThat(stored.history().stream().map(h -> h.step()).toList()).isEqualTo(List.of(OrderStep.CREATED));
    }

    @Test
    @OperateOnDeployment("order")
    void unknownUserOrProductOrDuplicateLineIsRefusedAndNothingStored() {
        long before = orders.list(userId, null, new PageRequest(0, 10)).totalItems();

        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> placement.place(UUID.randomUUID(), List.of(new Wanted(BEANS, 1))))
                .extracting(ProblemException::status)
                .isEqualTo(422);
        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> placement.place(userId, List.of(new Wanted(UUID.randomUUID(), 1))))
                .extracting(ProblemException::status)
                .isEqualTo(422);
        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> placement.place(userId, List.of(new Wanted(BEANS, 1), new Wanted(BEANS, 2))))
                .extracting(ProblemException::status)
                .isEqualTo(422);

        assertThat(orders.list(userId, null, new PageRequest(0, 10)).totalItems())
                .isEqualTo(before);
    }

    @Test
    @OperateOnDeployment("order")
    void failingCatalogIsA503WithRetryAfter() {
        assertRefusedAsUnavailable(CatalogStub.FAILING);
    }

    @Test
    @OperateOnDeployment("order")
    void aCatalogThatIsNotDeployedIsA503NotAServerError() {
        assertRefusedAsUnavailable(CatalogStub.MISSING);
        // those failures count against the catalog's breaker: the other tests find it closed again
        await().atMost(TestServer.scaled(Duration.ofSeconds(30)))
                .ignoreException(ProblemException.class)
                .until(() -> placement.place(userId, List.of(new Wanted(BEANS, 1))) != null);
    }

    /** Placing an order of {@code product} is refused with 503 and Retry-After: the catalog is out. */
    private void assertRefusedAsUnavailable(String product) {
        ProblemException refused = catchThrowableOfType(
                ProblemException.class,
                () -> placement.place(userId, List.of(new Wanted(UUID.fromString(product), 1))));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers()).containsKey("Retry-After");
    }

    @Test
    @OperateOnDeployment("order")
    void placingWithOneKeyAtOnceStillPlacesOneOrder() {
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Placed>> attempts = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> placement.place(userId, List.of(new Wanted(MUG, 2)), key), executor))
                .toList();

        List<Placed> placed = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(placed.stream().map(p -> p.order().id()).distinct().count())
                .as("one order for every attempt")
                .isEqualTo(1);
        assertThat(placed.stream().filter(p -> !p.replayed()).count())
                .as("placed by one attempt, found by the others")
                .isEqualTo(1);
        assertThat(orders.list(userId, null, new PageRequest(0, 10)).totalItems())
                .isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("order")
    void anIdempotencyKeyBelongsToItsUser() {
        UUID other = users.register("Other", "other-" + UUID.randomUUID() + "@example.com")
                .id();

        Placed mine = placement.place(userId, List.of(new Wanted(BEANS, 1)), "same-key");
        Placed theirs = placement.place(other, List.of(new Wanted(BEANS, 1)), "same-key");

        assertThat(theirs.order().id()).isNotEqualTo(mine.order().id());
        assertThat(theirs.replayed()).isFalse();
    }

    @Test
    @OperateOnDeployment("order")
    void ordersAreListedNewestFirstByUserAndStatus() {
        Order first = placement.place(userId, List.of(new Wanted(BEANS, 1)));
        Order second = placement.place(userId, List.of(new Wanted(MUG, 3)));

        var page = orders.list(userId, OrderStatus.PENDING, new PageRequest(0, 10));

        assertThat(page.items().stream().map(Order::id).toList()).isEqualTo(List.of(second.id(), first.id()));
        assertThat(orders.list(userId, OrderStatus.PROCESSED, new PageRequest(0, 10))
                        .totalItems())
                .isEqualTo(0);
    }

    @Test
    @OperateOnDeployment("order")
    void demoUsersAreRegisteredOnceAndOnlyOnce() {
        demo.registerMissing();

        assertThat(demo.registerMissing()).isEqualTo(0);
        DemoUsers.USERS.forEach(expected -> assertThat(users.find(expected.id()).isPresent())
                .as(expected.name())
                .isTrue());
    }
}
