package dev.courier.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Startup of a service: up once its application has finished initializing (persistence units,
 * eager singletons such as the demo data loader). Named {@code <courier.service.name>-started}.
 */
@Startup
@ApplicationScoped
public class ServiceStartedCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = "courier.service.name")
    String service;

    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(service + "-started").status(started).build();
    }
}
