package dev.courier.gateway.health.boundary;

import dev.courier.gateway.downstream.control.Circuits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The state of every downstream circuit, for operators. Always UP: with a downstream down the
 * gateway degrades its answers, it does not take itself out of rotation.
 */
@Readiness
@ApplicationScoped
public class CircuitsCheck implements HealthCheck {

    @Inject
    Circuits circuits;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("gateway-circuits").up();
        circuits.all().forEach((name, state) -> response.withData(name, state.state() + " since " + state.since()));
        return response.build();
    }
}
