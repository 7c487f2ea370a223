package dev.courier.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.Deployments;
import dev.courier.testing.TestServer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Startup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway deployed at the root context: its health and its error answers. */
@ExtendWith(ArquillianExtension.class)
class GatewayIT {

    @Deployment
    static WebArchive gateway() {
        return Deployments.inContainer(Deployments.builtWar("gateway"));
    }

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    @Inject
    @Startup
    Instance<HealthCheck> startup;

    @Inject
    @Any
    Instance<HealthCheck> all;

    @Test
    void gatewayIsAliveAndStarted() {
        List<HealthCheckResponse> live =
                liveness.stream().map(HealthCheck::call).toList();
        List<HealthCheckResponse> started =
                startup.stream().map(HealthCheck::call).toList();

        assertThat(live.stream().map(HealthCheckResponse::getName).toList()).isEqualTo(List.of("gateway-alive"));
        assertThat(started.stream().map(HealthCheckResponse::getName).toList()).isEqualTo(List.of("gateway-started"));
        assertThat(all.stream().map(HealthCheck::call).anyMatch(r -> r.getStatus() == HealthCheckResponse.Status.DOWN))
                .isFalse();
    }

    @Test
    @RunAsClient
    void unknownRoutesAreProblems() {
        var answer = given().baseUri(TestServer.httpUrl())
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(404);
    }
}
