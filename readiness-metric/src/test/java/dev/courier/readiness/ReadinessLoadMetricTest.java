package dev.courier.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.modcluster.load.metric.NodeUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessLoadMetricTest {

    private final AtomicInteger status = new AtomicInteger(200);
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer management;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ReadinessLoadMetric metric = new ReadinessLoadMetric();
    private final List<String> logged = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startManagementInterface() throws IOException {
        management = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        management.createContext("/health/ready", exchange -> {
            if (status.get() == 0) { // hangs until the test ends
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = (status.get() == 200
                            ? "{\"status\":\"UP\",\"checks\":[{\"name\":\"order-database\",\"status\":\"UP\"}]}"
                            : "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"order-database\",\"status\":\"DOWN\","
                                    + "\"data\":{\"error\":\"SQLException\"}},{\"name\":\"order-broker\",\"status\":\"UP\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Math.max(status.get(), 200), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        management.setExecutor(handlers); // a hung probe must not hold the next ones
        management.start();
        // the properties as node.cli sets them: the base port and the offset
        metric.setHost("0.0.0.0");
        metric.setPort(management.getAddress().getPort() - 100);
        metric.setPortOffset(100);
    }

    @AfterEach
    void stopManagementInterface() {
        released.countDown();
        management.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aReadyNodeAddsNoLoad() throws Exception {
        assertThat(metric.readinessUri().toString())
                .isEqualTo("http://127.0.0.1:" + management.getAddress().getPort() + "/health/ready");
        assertThat(metric.getLoad(null)).isZero();
    }

    @Test
    void aNodeWhoseReadinessSaysDownIsUnavailableUntilItSaysUp() throws Exception {
        status.set(503);
        assertThatThrownBy(() -> metric.getLoad(null)).isInstanceOf(NodeUnavailableException.class);
        assertThatThrownBy(() -> metric.getLoad(null)).isInstanceOf(NodeUnavailableException.class);
        status.set(200);
        assertThat(metric.getLoad(null)).isZero();
    }

    @Test
    void theChecksThatAreDownAreNamed() {
        status.set(503);
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(ReadinessLoadMetric.class.getName());
        log.addHandler(handler);
        try {
            assertThatThrownBy(() -> metric.getLoad(null)).isInstanceOf(NodeUnavailableException.class);
            assertThatThrownBy(() -> metric.getLoad(null)).isInstanceOf(NodeUnavailableException.class);
        } finally {
            log.removeHandler(handler);
        }
        assertThat(logged)
                .singleElement()
                .asString()
                .contains("answered 503, DOWN: order-database)")
                .doesNotContain("order-broker");
    }

    @Test
    void aReadinessThatDoesNotAnswerInTimeChangesNothing() throws Exception {
        metric.setTimeoutMillis(500);
        status.set(0);
        assertThatThrownBy(() -> metric.getLoad(null))
                .as("not ready until it has once said so")
                .isInstanceOf(NodeUnavailableException.class);
        status.set(200);
        assertThat(metric.getLoad(null)).isZero();
        status.set(0);
        assertThat(metric.getLoad(null)).as("ready, then slow: still ready").isZero();
        status.set(503);
        assertThatThrownBy(() -> metric.getLoad(null)).isInstanceOf(NodeUnavailableException.class);
        status.set(0);
        assertThatThrownBy(() -> metric.getLoad(null))
                .as("not ready, then slow: still not ready")
                .isInstanceOf(NodeUnavailableException.class);
    }

    @Test
    void aManagementInterfaceThatIsNotThereMakesTheNodeUnavailable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        metric.setPort(closed);
        metric.setPortOffset(0);
        assertThatThrownBy(() -> metric.getLoad(null)).isInstanceOf(NodeUnavailableException.class);
    }

    @Test
    void anIpv6AddressIsBracketed() {
        metric.setHost("::1");
        metric.setPort(9990);
        metric.setPortOffset(0);
        assertThat(metric.readinessUri().toString()).isEqualTo("http://[::1]:9990/health/ready");
    }
}
