package dev.courier.bench.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Raw persistent JMS throughput on the server's own broker: {@code sessions} producers send
 * {@code messages} persistent messages of {@code size} bytes (each send waits for the broker's
 * durable write, as a chain hop's commit does), while the listener's sessions receive them. The
 * figure is messages sent and received per second, from the first send to the last receipt.
 */
@Path("jms")
@JMSDestinationDefinition(name = JmsProbe.QUEUE, interfaceName = "jakarta.jms.Queue", destinationName = "bench.probe")
public class JmsProbe {

    static final String QUEUE = "java:global/jms/bench.probe";

    @Resource(lookup = QUEUE)
    Queue queue;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connections;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Received received;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject run(
            @QueryParam("messages") @DefaultValue("20000") int messages,
            @QueryParam("sessions") @DefaultValue("15") int sessions,
            @QueryParam("size") @DefaultValue("512") int size)
            throws Exception {
        String body = "x".repeat(size);
        received.reset();
        CountDownLatch sent = new CountDownLatch(sessions);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> producers = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int share = messages / sessions + (s < messages % sessions ? 1 : 0);
            producers.add(threads.newThread(() -> {
                try (JMSContext context = connections.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
                    JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
                    for (int i = 0; i < share; i++) {
                        producer.send(queue, body);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    sent.countDown();
                }
            }));
        }
        long start = System.nanoTime();
        producers.forEach(Thread::start);
        sent.await(5, TimeUnit.MINUTES);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (received.count() < messages && System.nanoTime() < deadline && failure.get() == null) {
            Thread.sleep(2);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("probe failed", failure.get());
        }
        return Json.createObjectBuilder()
                .add("messages", messages)
                .add("sessions", sessions)
                .add("size", size)
                .add("received", received.count())
                .add("sendSeconds", sendSeconds)
                .add("seconds", seconds)
                .add("messagesPerSecond", received.count() / seconds)
                .build();
    }
}
