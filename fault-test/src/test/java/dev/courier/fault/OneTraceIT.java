package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace per order: a placement through the gateway and every step of its chain are spans of the
 * trace the client started, each the child of the hop that caused it. The server exports its spans
 * over OTLP (http/protobuf) to a receiver in this test, as it would to Jaeger or Tempo
 * (COURIER_TRACES_EXPORTER, COURIER_OTLP_ENDPOINT, COURIER_OTLP_PROTOCOL); the log lines of the
 * steps carry the trace id.
 */
class OneTraceIT {

    private static final Duration EXPORTED = TestServer.scaled(Duration.ofSeconds(60));
    private static final HexFormat HEX = HexFormat.of();

    /** A span as the server exported it. */
    record Received(
            String service,
            String traceId,
            String spanId,
            String parentId,
            String name,
            SpanKind kind,
            long startNanos,
            long endNanos,
            Map<String, String> attributes) {

        String describe() {
            return service + " " + kind.name().substring("SPAN_KIND_".length()) + " '" + name + "' "
                    + (endNanos - startNanos) / 1_000 + " µs";
        }
    }

    private static final Queue<Received> SPANS = new ConcurrentLinkedQueue<>();
    private static HttpServer receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            boolean gzipped =
                    "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body =
                    gzipped ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
                for (ResourceSpans resource : request.getResourceSpansList()) {
                    String service = attributes(resource.getResource().getAttributesList())
                            .getOrDefault("service.name", "?");
                    for (ScopeSpans scope : resource.getScopeSpansList()) {
                        scope.getSpansList()
                                .forEach(span -> SPANS.add(new Received(
                                        service,
                                        HEX.formatHex(span.getTraceId().toByteArray()),
                                        HEX.formatHex(span.getSpanId().toByteArray()),
                                        HEX.formatHex(span.getParentSpanId().toByteArray()),
                                        span.getName(),
                                        span.getKind(),
                                        span.getStartTimeUnixNano(),
                                        span.getEndTimeUnixNano(),
                                        attributes(span.getAttributesList()))));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        return values.stream()
                .collect(Collectors.toMap(
                        KeyValue::getKey,
                        value -> value.getValue().hasStringValue()
                                ? value.getValue().getStringValue()
                                : String.valueOf(value.getValue()),
                        (a, b) -> a));
    }

    private static RequestSpecification operator() {
        return ServiceApis.asOperator().contentType(ContentType.JSON);
    }

    private static String customer() {
        return ServiceApis.newCustomer("Traced customer", 100);
    }

    private static String product(int stock) {
        return operator()
                .body(Map.of("name", "Traced lamp " + UUID.randomUUID(), "price", 10, "stock", stock))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Places an order through the gateway as a client whose own span {@code parent} of trace {@code trace} calls. */
    private static String placeInTrace(String trace, String parent, String user, String product) {
        return Tokens.asCustomer(UUID.fromString(user))
                .contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-" + parent + "-01")
                .body(Map.of("userId", user, "products", List.of(Map.of("productId", product, "quantity", 2))))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The hops of a paid order's trace: service, kind, and a part of the span's name. */
    private static final List<String> PAID = List.of(
            "gateway SERVER ",
            "gateway CLIENT ",
            "order SERVER ",
            "order CLIENT ",
            "inventory SERVER ",
            "payment CONSUMER order.created",
            "inventory CONSUMER payment.processed",
            "order CONSUMER inventory.updated");

    /** The hops of an order refunded for want of stock: a paid order's, then the refund's. */
    private static final List<String> REFUNDED = Stream.concat(
                    PAID.stream(), Stream.of("payment CONSUMER refund.requested", "order CONSUMER payment.refunded"))
            .toList();

    /** Whether every hop of {@code hops} has arrived for {@code traceId}. */
    private static boolean arrived(String traceId, List<String> hops) {
        List<Received> spans = trace(traceId);
        return hops.stream().allMatch(hop -> {
            String[] parts = hop.split(" ", 3);
            return spans.stream()
                    .anyMatch(span -> span.service().equals(parts[0])
                            && span.kind().name().equals("SPAN_KIND_" + parts[1])
                            && span.name().contains(parts[2]));
        });
    }

    private static List<Received> trace(String traceId) {
        return SPANS.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private static Received only(List<Received> spans, String service, SpanKind kind, String nameContains) {
        List<Received> found = spans.stream()
                .filter(span -> span.service().equals(service)
                        && span.kind() == kind
                        && span.name().contains(nameContains))
                .toList();
        assertThat(found)
                .as("%s %s span '%s' in %s", service, kind, nameContains, render(spans))
                .hasSize(1);
        return found.get(0);
    }

    private static Received consumer(List<Received> spans, String service, String queue) {
        return only(spans, service, SpanKind.SPAN_KIND_CONSUMER, queue + " process");
    }

    /** The trace as an indented tree, for the test's output. */
    private static String render(List<Received> spans) {
        StringBuilder tree = new StringBuilder();
        List<Received> sorted = spans.stream()
                .sorted(Comparator.comparingLong(Received::startNanos))
                .toList();
        long start = sorted.isEmpty() ? 0 : sorted.get(0).startNanos();
        for (Received span : sorted) {
            int depth = 0;
            for (Received up = span; up != null; ) {
                String parent = up.parentId();
                up = sorted.stream()
                        .filter(other -> other.spanId().equals(parent))
                        .findFirst()
                        .orElse(null);
                depth += up == null ? 0 : 1;
            }
            tree.append(String.format(
                    "%n  +%6.1f ms %s%s", (span.startNanos() - start) / 1e6, "  ".repeat(depth), span.describe()));
        }
        return tree.toString();
    }

    @Test
    void aPlacementAndEveryStepOfItsChainAreOneTrace() {
        try (CourierServer server = new CourierServer("tracing")
                .withEnvironment(Map.of(
                        "COURIER_TRACES_EXPORTER", "otlp",
                        "COURIER_OTLP_ENDPOINT",
                                "http://127.0.0.1:" + receiver.getAddress().getPort(),
                        "COURIER_OTLP_PROTOCOL", "http/protobuf"))
                .start()) {
            String user = customer();
            String lamp = product(10);
            String scarce = product(1);
            String trace = UUID.randomUUID().toString().replace("-", "");
            String refundTrace = UUID.randomUUID().toString().replace("-", "");
            String client = "00f067aa0ba902b7";

            String paid = placeInTrace(trace, client, user, lamp);
            String refunded = placeInTrace(refundTrace, client, user, scarce);

            // each service's spans come in batches of their own, in any order: wait for every hop of both
            await().atMost(EXPORTED).until(() -> arrived(trace, PAID) && arrived(refundTrace, REFUNDED));
            List<Received> spans = trace(trace);
            System.out.printf("one trace: order %s, trace %s:%s%n", paid, trace, render(spans));

            // the gateway continues the client's trace, and calls the order service within it
            Received gateway = only(spans, "gateway", SpanKind.SPAN_KIND_SERVER, "");
            assertThat(gateway.parentId()).isEqualTo(client);
            Received gatewayCall = only(spans, "gateway", SpanKind.SPAN_KIND_CLIENT, "");
            assertThat(gatewayCall.parentId()).isEqualTo(gateway.spanId());
            Received placement = only(spans, "order", SpanKind.SPAN_KIND_SERVER, "");
            assertThat(placement.parentId()).isEqualTo(gatewayCall.spanId());
            // the order service prices the order from the catalog, within the placement
            Received catalogCall = only(spans, "order", SpanKind.SPAN_KIND_CLIENT, "");
            assertThat(catalogCall.parentId()).isEqualTo(placement.spanId());
            assertThat(only(spans, "inventory", SpanKind.SPAN_KIND_SERVER, "").parentId())
                    .isEqualTo(catalogCall.spanId());
            // every step of the chain continues the trace of the step that sent its message
            Received payment = consumer(spans, "payment", "order.created");
            assertThat(payment.parentId()).isEqualTo(placement.spanId());
            assertThat(payment.attributes()).containsEntry("courier.order.id", paid);
            Received stock = consumer(spans, "inventory", "payment.processed");
            assertThat(stock.parentId()).isEqualTo(payment.spanId());
            assertThat(consumer(spans, "order", "inventory.updated").parentId()).isEqualTo(stock.spanId());

            // the compensation too: the refund and the cancellation are steps of the order's trace
            List<Received> compensation = trace(refundTrace);
            System.out.printf("one trace: order %s, trace %s:%s%n", refunded, refundTrace, render(compensation));
            Received rejected = consumer(compensation, "order", "inventory.updated");
            Received refund = consumer(compensation, "payment", "refund.requested");
            assertThat(refund.parentId()).isEqualTo(rejected.spanId());
            assertThat(consumer(compensation, "order", "payment.refunded").parentId())
                    .isEqualTo(refund.spanId());

            // grep <traceId> server.log: the order's path through the three services
            List<String> logged = server.logLines(0).stream()
                    .filter(line -> line.contains("[" + trace + "]"))
                    .toList();
            assertThat(logged)
                    .as("log lines of trace %s", trace)
                    .anyMatch(line -> line.contains("Orders") && line.contains("placed"))
                    .anyMatch(line -> line.contains("Charges") && line.contains("charged"))
                    .anyMatch(line -> line.contains("StockReservations") && line.contains("stock reserved"))
                    .anyMatch(line -> line.contains("OrderOutcomes") && line.contains("PROCESSED"));
            System.out.printf("one trace: grep %s server.log%n  %s%n", trace, String.join("\n  ", logged));
        }
    }
}
