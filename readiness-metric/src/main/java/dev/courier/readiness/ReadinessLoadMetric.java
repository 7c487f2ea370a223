package dev.courier.readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.modcluster.container.Engine;
import org.jboss.modcluster.load.metric.LoadMetric;
import org.jboss.modcluster.load.metric.NodeUnavailableException;

/**
 * A mod_cluster load metric that takes the node out of the load balancer while its MicroProfile
 * readiness ({@code /health/ready} on the management interface) answers anything but 200, or cannot
 * be reached: mod_cluster then reports the node in error (load -1, {@link NodeUnavailableException})
 * and the balancer routes no new request to it; the next report after readiness answers 200 again
 * puts it back. A probe that gets no answer in time changes nothing (see {@link #getLoad}). Asked once
 * per status interval (node.cli). While ready it adds no load of its own (0), so the other metrics
 * still rank the ready nodes. Configured as a {@code custom-load-metric} whose properties set the
 * management interface's address: {@code host}, {@code port} and {@code portOffset}.
 */
public class ReadinessLoadMetric implements LoadMetric {

    private static final Logger LOG = Logger.getLogger(ReadinessLoadMetric.class.getName());
    /** A check that is DOWN in the health document, as WildFly writes it: {@code {"name":"x","status":"DOWN"...}}. */
    private static final Pattern DOWN_CHECK = Pattern.compile("\\{\"name\":\"([^\"]+)\",\"status\":\"DOWN\"");

    private volatile int weight = DEFAULT_WEIGHT;
    private volatile double capacity = DEFAULT_CAPACITY;
    private volatile String host = "127.0.0.1";
    private volatile int port = 9990;
    private volatile int portOffset;
    private volatile Duration timeout = Duration.ofSeconds(5);
    private volatile HttpClient http;
    /** What the last probe found (null: ready), to log only the changes. */
    private volatile String lastWhyNot = "not asked yet";

    @Override
    public double getLoad(Engine engine) throws NodeUnavailableException {
        String before = lastWhyNot;
        String whyNot;
        try {
            whyNot = whyNotReady();
        } catch (HttpTimeoutException e) {
            // No answer in time says nothing either way: under a burst, or while requests wait for a
            // broker's failover, every node's probe may be slow at once, and taking them all out would
            // turn a slow minute into an outage. A node that is gone is the balancer's to find (its pings).
            LOG.fine(() -> readinessUri() + " did not answer within " + timeout.toMillis() + " ms; routing unchanged");
            if (before == null) {
                return 0;
            }
            throw new NodeUnavailableException();
        }
        lastWhyNot = whyNot;
        if (whyNot == null) {
            if (before != null) {
                LOG.info("Ready (" + readinessUri() + " answered 200): the load balancer may route requests to"
                        + " this node");
            }
            return 0;
        }
        if (!whyNot.equals(before)) {
            LOG.warning("Not ready (" + readinessUri() + " " + whyNot
                    + "): the load balancer routes no new requests to this node until it is");
        }
        throw new NodeUnavailableException();
    }

    /** Null when readiness answers 200; else what it answered (with the checks that are DOWN), or why it could not be asked. */
    private String whyNotReady() throws HttpTimeoutException {
        try {
            HttpResponse<String> answer = client().send(
                            HttpRequest.newBuilder(readinessUri())
                                    .timeout(timeout)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return null;
            }
            List<String> down = DOWN_CHECK
                    .matcher(answer.body())
                    .results()
                    .map(check -> check.group(1))
                    .toList();
            return "answered " + answer.statusCode() + (down.isEmpty() ? "" : ", DOWN: " + String.join(", ", down));
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            LOG.log(Level.FINE, "readiness probe failed", e);
            return "did not answer: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not asked: interrupted";
        }
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .build();
            http = client;
        }
        return client;
    }

    URI readinessUri() {
        String address = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + (port + portOffset) + "/health/ready");
    }

    /** The management interface's address ({@code jboss.bind.address.management}). */
    public void setHost(String host) {
        this.host = "0.0.0.0".equals(host) ? "127.0.0.1" : "::".equals(host) ? "::1" : host;
    }

    /** The management interface's HTTP port before the offset ({@code jboss.management.http.port}). */
    public void setPort(int port) {
        this.port = port;
    }

    /** The server's port offset ({@code jboss.socket.binding.port-offset}). */
    public void setPortOffset(int portOffset) {
        this.portOffset = portOffset;
    }

    /** How long a probe waits for an answer, in milliseconds (5000); one that gets none changes nothing. */
    public void setTimeoutMillis(int millis) {
        this.timeout = Duration.ofMillis(millis);
        this.http = null;
    }

    @Override
    public int getWeight() {
        return weight;
    }

    @Override
    public void setWeight(int weight) {
        this.weight = weight;
    }

    @Override
    public double getCapacity() {
        return capacity;
    }

    @Override
    public void setCapacity(double capacity) {
        this.capacity = capacity;
    }
}
