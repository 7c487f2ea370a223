package dev.courier.gateway;

import static io.restassured.RestAssured.given;

import dev.courier.gateway.stubs.GatewayDeployments;
import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.Deployments;
import dev.courier.testing.ServerManagement;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;

/**
 * The gateway in front of stand-in services whose speed and failures a test sets through the
 * management API (server system properties), as an operator would configure a server. Each test
 * class deploys a fresh gateway, so its circuit breakers start closed.
 */
abstract class StubbedServices {

    /** The gateway's timeout for one downstream call (its configured Fault Tolerance timeout). */
    static final Duration TIMEOUT = Duration.ofMillis(1000);

    /** An answer that takes no real work: served from an open circuit or a local decision. */
    static final Duration FAST = TestServer.scaled(Duration.ofMillis(300));

    @Deployment(name = "order-stub", order = 1, testable = false)
    static WebArchive orderService() {
        return GatewayDeployments.orderServiceStub();
    }

    @Deployment(name = "inventory-stub", order = 2, testable = false)
    static WebArchive inventoryService() {
        return GatewayDeployments.inventoryServiceStub();
    }

    @Deployment(name = "gateway", order = 3, testable = false)
    static WebArchive gateway() {
        return Deployments.builtWar("gateway");
    }

    private final List<String> set = new ArrayList<>();

    /** Sets {@code stub.<service>.<what>} on the server, e.g. {@code behave("inventory", "mode", "hang")}. */
    void behave(String service, String what, String value) {
        String name = "stub." + service + "." + what;
        ServerManagement.setSystemProperty(name, value);
        set.add(name);
    }

    @AfterEach
    void behaveNormally() {
        set.forEach(ServerManagement::removeSystemProperty);
        set.clear();
    }

    /** Requests to the gateway's API as the stub order's customer. */
    static RequestSpecification gatewayApi() {
        return Tokens.asCustomer(UUID.fromString(OrderServiceStub.USER)).basePath("/api");
    }

    static Response details() {
        return gatewayApi().get("/orders/{id}/details", OrderServiceStub.ORDER);
    }

    static Response readiness() {
        return given().baseUri(TestServer.managementUrl()).get("/health/ready");
    }
}
