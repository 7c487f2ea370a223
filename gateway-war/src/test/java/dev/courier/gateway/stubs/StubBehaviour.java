package dev.courier.gateway.stubs;

import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;

/**
 * How a stub service behaves, read from server system properties at every request, so that a
 * test changes it through the management API while the system runs:
 * {@code stub.<service>.mode} = {@code ok} (default), {@code fail} (503), {@code missing} (the
 * server's own 404, as when the service is not deployed) or {@code hang} (answers after 5 s), and
 * {@code stub.<service>.delay-ms} for an answer that is merely slow.
 * Delays never hold a server thread: the answer is resumed later.
 */
final class StubBehaviour {

    private static final long HANG_MILLIS = 5_000;

    private StubBehaviour() {}

    static void answer(String service, AsyncResponse async, java.util.function.Supplier<Response> answer) {
        String mode = System.getProperty("stub." + service + ".mode", "ok");
        long delay = Long.getLong("stub." + service + ".delay-ms", 0L);
        Response response;
        if ("fail".equals(mode)) {
            response = Response.status(503).build();
        } else if ("missing".equals(mode)) {
            // what the server in front answers when the service is not deployed
            response = Response.status(404)
                    .type("text/html")
                    .entity("<html><body>404 - Not Found</body></html>")
                    .build();
        } else {
            response = answer.get();
        }
        if ("hang".equals(mode)) {
            delay = HANG_MILLIS;
        }
        if (delay <= 0) {
            async.resume(response);
        } else {
            java.util.concurrent.CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)
                    .execute(() -> async.resume(response));
        }
    }
}
