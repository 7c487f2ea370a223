package dev.courier.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the message broker as a service of the chain sees it: a connection is accepted
 * and the queue the service consumes exists. Named {@code <courier.service.name>-broker}; the
 * queue is the service's resource reference {@value #CONSUMED_QUEUE}.
 */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

    /** The resource reference each chain service binds to the queue it consumes first. */
    public static final String CONSUMED_QUEUE = "jms/Consumed";

    @Inject
    @ConfigProperty(name = "courier.service.name")
    String service;

    /** Looked up when the application has started; null before. */
    private volatile ConnectionFactory connectionFactory;

    private volatile Queue queue;

    /**
     * Looks the resources up while the application starts: resource references resolve only on the
     * application's own threads, not on the management thread that runs health probes, which may
     * call this check before the application has started (it is DOWN then, with nothing logged).
     */
    void resolveResources(@Observes @Initialized(ApplicationScoped.class) Object started) throws NamingException {
        InitialContext names = new InitialContext();
        connectionFactory = (ConnectionFactory) names.lookup("java:comp/DefaultJMSConnectionFactory");
        queue = (Queue) names.lookup("java:comp/env/" + CONSUMED_QUEUE);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(service + "-broker");
        ConnectionFactory connectionFactory = this.connectionFactory;
        Queue queue = this.queue;
        if (connectionFactory == null || queue == null) {
            return response.down().withData("error", "application starting").build();
        }
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(queue)) {
            response.withData("queue", queue.getQueueName());
            browser.getEnumeration();
            return response.up().build();
        } catch (JMSException | JMSRuntimeException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
