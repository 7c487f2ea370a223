package dev.courier.fault.injector;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Deployed by ScaleOutIT on one node: a readiness check that says DOWN, as a node says when it cannot
 * reach a dependency of its own, so that the test can watch the load balancer route around it.
 */
@Readiness
@ApplicationScoped
public class NotReady implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("not-ready")
                .down()
                .withData("reason", "ScaleOutIT's test deployment")
                .build();
    }
}
