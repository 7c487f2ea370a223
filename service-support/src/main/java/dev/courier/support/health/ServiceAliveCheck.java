package dev.courier.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of a service, deliberately cheap: it answers while the service is deployed and its
 * threads run. Dependencies are readiness matters; a database outage must not restart the server.
 * Named {@code <courier.service.name>-alive}.
 */
@Liveness
@ApplicationScoped
public class ServiceAliveCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = "courier.service.name")
    String service;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up(service + "-alive");
    }
}
