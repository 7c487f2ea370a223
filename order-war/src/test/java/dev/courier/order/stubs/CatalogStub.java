package dev.courier.order.stubs;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A stand-in for the inventory catalog, deployed at {@code /inventory} by the order tests: two
 * products with fixed prices, and one id for which the catalog fails (503), to show how the order
 * service copes with a catalog that is down, and one it holds until told, to show a slow one. Deployed by {@link StubDeployments#catalog()}.
 */
@ApplicationPath("api")
public class CatalogStub extends Application {

    public static final String BEANS = "11111111-1111-4111-8111-111111111111";
    public static final String MUG = "22222222-2222-4222-8222-222222222222";
    /** Asking for this product makes the stub catalog fail. */
    public static final String FAILING = "99999999-9999-4999-8999-999999999999";
    /** Asking for this product gets a bare 404, as from a server where the catalog is not deployed. */
    public static final String MISSING = "88888888-8888-4888-8888-888888888888";

    /** Asking for this product holds the answer (priced 3.00) until {@link Held#release()}: a catalog that is slow for as long as a test needs. */
    public static final String HELD = "77777777-7777-4777-8777-777777777777";

    private static final Map<String, Double> PRICES = Map.of(BEANS, 24.90, MUG, 12.50, HELD, 3.00);

    /** Look-ups of {@link #HELD} not answered yet. */
    private static final Queue<Answer> HELD_ANSWERS = new ConcurrentLinkedQueue<>();

    record Answer(AsyncResponse response, List<String> ids) {}

    /** {@code GET /inventory/api/products?id=...} as the real catalog answers it. */
    @Path("products")
    public static class Products {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public void products(@QueryParam("id") List<String> ids, @Suspended AsyncResponse response) {
            if (ids.contains(HELD)) {
                HELD_ANSWERS.add(new Answer(response, ids));
            } else {
                response.resume(answer(ids));
            }
        }

        private static Response answer(List<String> ids) {
            if (ids.contains(FAILING)) {
                return Response.status(503).build();
            }
            if (ids.contains(MISSING)) {
                return Response.status(404)
                        .type(MediaType.TEXT_HTML)
                        .entity("<html><body>Not Found</body></html>")
                        .build();
            }
            List<Map<String, Object>> items = ids.stream()
                    .filter(PRICES::containsKey)
                    .map(id -> Map.<String, Object>of(
                            "id", id, "name", "stub " + id, "price", PRICES.get(id), "stock", 10))
                    .toList();
            return Response.ok(Map.of("items", items, "page", 0, "size", 100, "totalItems", items.size()))
                    .build();
        }
    }

    /** {@code GET /inventory/api/held}: how many look-ups are held; {@code POST /inventory/api/held/release} answers them all. */
    @Path("held")
    public static class Held {

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public int count() {
            return HELD_ANSWERS.size();
        }

        @POST
        @Path("release")
        public void release() {
            for (Answer held; (held = HELD_ANSWERS.poll()) != null; ) {
                held.response().resume(Products.answer(held.ids()));
            }
        }
    }
}
