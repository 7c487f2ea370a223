package dev.courier.order.stubs;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A stand-in for the inventory catalog, deployed at {@code /inventory} by the order tests: two
 * products with fixed prices, and one id for which the catalog fails (503), to show how the order
 * service copes with a catalog that is down. Deployed by {@link StubDeployments#catalog()}.
 */
@ApplicationPath("api")
public class CatalogStub extends Application {

    public static final String BEANS = "11111111-1111-4111-8111-111111111111";
    public static final String MUG = "22222222-2222-4222-8222-222222222222";
    /** Asking for this product makes the stub catalog fail. */
    public static final String FAILING = "99999999-9999-4999-8999-999999999999";
    /** Asking for this product gets a bare 404, as from a server where the catalog is not deployed. */
    public static final String MISSING = "88888888-8888-4888-8888-888888888888";

    private static final Map<String, Double> PRICES = Map.of(BEANS, 24.90, MUG, 12.50);

    /** {@code GET /inventory/api/products?id=...} as the real catalog answers it. */
    @Path("products")
    public static class Products {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response products(@QueryParam("id") List<String> ids) {
            if (ids.contains(FAILING)) {
                return Response.status(503).build();
            }
            if (ids.contains(MISSING)) {
                return Response.status(404).type(MediaType.TEXT_HTML).entity("<html><body>Not Found</body></html>").build();
            }
            List<Map<String, Object>> items = ids.stream().filter(PRICES::containsKey)
                    .map(id -> Map.<String, Object>of("id", id, "name", "stub " + id, "price", PRICES.get(id), "stock", 10))
                    .toList();
            return Response.ok(Map.of("items", items, "page", 0, "size", 100, "totalItems", items.size())).build();
        }
    }
}
