package dev.courier.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.testing.AllServices;
import dev.courier.testing.ServerManagement;
import dev.courier.testing.TestServer;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A suspended server (what a graceful stop does first, for up to {@code COURIER_SHUTDOWN_TIMEOUT}
 * seconds, or what an operator does before maintenance) tells a load balancer to send nothing
 * more: readiness DOWN while liveness stays UP (it must not be restarted for it), new requests
 * refused with 503; resumed, it is ready and serves again.
 */
@ExtendWith(ArquillianExtension.class)
class SuspendIT extends AllServices {

    private static final Duration WAIT = TestServer.scaled(Duration.ofSeconds(30));

    private static ModelNode serverOperation(String name) {
        return Operations.createOperation(name, new ModelNode().setEmptyList());
    }

    private static int status(String url) {
        return given().get(url).then().extract().statusCode();
    }

    @AfterEach
    void resume() {
        ServerManagement.execute(serverOperation("resume"));
        await().atMost(WAIT).until(() -> status(TestServer.managementUrl() + "/health/ready") == 200);
    }

    @Test
    void aSuspendedServerIsNotReadyButAliveAndRefusesNewRequests() {
        assertThat(status(TestServer.httpUrl() + "/api/products")).isEqualTo(200);
        assertThat(status(TestServer.managementUrl() + "/health/ready")).isEqualTo(200);

        ModelNode suspend = serverOperation("suspend");
        suspend.get("suspend-timeout").set(10);
        ServerManagement.execute(suspend);

        await().atMost(WAIT)
                .until(() -> "SUSPENDED"
                        .equals(ServerManagement.execute(Operations.createReadAttributeOperation(
                                        new ModelNode().setEmptyList(), "suspend-state"))
                                .asString()));
        var ready = given().get(TestServer.managementUrl() + "/health/ready")
                .then()
                .statusCode(503)
                .extract()
                .jsonPath();
        assertThat(ready.getString("status")).isEqualTo("DOWN");
        assertThat(downChecks(ready)).contains("suspend-state");
        assertThat(status(TestServer.managementUrl() + "/health/live")).isEqualTo(200);
        assertThat(status(TestServer.httpUrl() + "/api/products")).isEqualTo(503);

        ServerManagement.execute(serverOperation("resume"));
        await().atMost(WAIT).until(() -> status(TestServer.managementUrl() + "/health/ready") == 200);
        assertThat(status(TestServer.httpUrl() + "/api/products")).isEqualTo(200);
    }

    private static List<String> downChecks(JsonPath health) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream()
                .filter(check -> "DOWN".equals(check.get("status")))
                .map(check -> (String) check.get("name"))
                .toList();
    }
}
