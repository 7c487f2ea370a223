package dev.courier.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Stand-ins for the order and inventory services that answer at once with fixed JSON, so that a
 * gateway pointed at them does only its own work: {@code GET /order/api/orders/{id}} (an order of
 * three product lines), {@code GET /order/api/users/{id}} and {@code GET /inventory/api/products}
 * (the three products). A JVM of its own, started by bench/run.sh ({@code java -cp ... StubServices
 * <port>}) and stopped by it; loopback only.
 */
public final class StubServices {

    static final String USER = "00000000-0000-4000-8000-0000000b0001";
    static final String[] PRODUCTS = {
        "00000000-0000-4000-8000-0000000c0001",
        "00000000-0000-4000-8000-0000000c0002",
        "00000000-0000-4000-8000-0000000c0003"
    };

    private StubServices() {}

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18100;
        // answers written as headers, then body: without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK held each answer about 40 ms (a first run measured 92 ms per details at 1 client)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        server.createContext("/order/api/orders/", exchange -> answer(exchange, order(idOf(exchange))));
        server.createContext("/order/api/users/", exchange -> answer(exchange, user()));
        byte[] products = products();
        server.createContext("/inventory/api/products", exchange -> answer(exchange, products));
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        System.out.println("stub services listening on " + port);
    }

    private static String idOf(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static byte[] order(String id) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < PRODUCTS.length; i++) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"productId\":\"")
                    .append(PRODUCTS[i])
                    .append("\",\"quantity\":")
                    .append(i + 1)
                    .append(",\"unitPrice\":2.50}");
        }
        return ("{\"id\":\"" + id + "\",\"userId\":\"" + USER + "\",\"status\":\"PROCESSED\",\"total\":15.00,"
                        + "\"products\":[" + lines + "],\"history\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] user() {
        return ("{\"id\":\"" + USER + "\",\"name\":\"Stub Customer\",\"email\":\"stub@example.com\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] products() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < PRODUCTS.length; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(PRODUCTS[i])
                    .append("\",\"name\":\"Stub product ")
                    .append(i + 1)
                    .append("\",\"price\":2.50,\"stock\":1000}");
        }
        return ("{\"items\":[" + items + "],\"page\":0,\"size\":3,\"totalItems\":3}").getBytes(StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
