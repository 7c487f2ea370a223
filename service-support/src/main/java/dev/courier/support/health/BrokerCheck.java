package dev.courier.support.health;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness of the message broker as a service sees it: a connection is accepted and the queue
 * the service consumes exists.
 */
public abstract class BrokerCheck implements HealthCheck {

    /** The check's name in {@code /health/ready}, e.g. {@code order-broker}. */
    protected abstract String name();

    protected abstract ConnectionFactory connectionFactory();

    /** The queue the service consumes from. */
    protected abstract Queue queue();

    /**
     * Creates the check while the application starts: its resource references resolve only on the
     * application's own threads, not on the management thread that runs health probes.
     */
    void resolveResources(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the container injected the resources to deliver this event; nothing else to do
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name());
        try (JMSContext context = connectionFactory().createContext();
             QueueBrowser browser = context.createBrowser(queue())) {
            response.withData("queue", queue().getQueueName());
            browser.getEnumeration();
            return response.up().build();
        } catch (JMSException | JMSRuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
