package dev.courier.gateway.stubs;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
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
import java.util.Set;

/** A stand-in for the inventory catalog at {@code /inventory}; behaviour per {@link StubBehaviour} ({@code stub.inventory.*}). */
@ApplicationPath("api")
public class InventoryServiceStub extends Application {

    public static final String BEANS = "0000000c-0000-4000-8000-000000000001";
    public static final String MUG = "0000000c-0000-4000-8000-000000000002";
    public static final String GRINDER = "0000000c-0000-4000-8000-000000000003";

    private static final Set<String> KNOWN = Set.of(BEANS, MUG, GRINDER);

    @Path("products")
    public static class Products {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public void products(@QueryParam("id") List<String> ids, @Suspended AsyncResponse async) {
            StubBehaviour.answer("inventory", async, () -> {
                List<Map<String, Object>> items = ids.stream()
                        .filter(KNOWN::contains)
                        .map(id -> Map.<String, Object>of("id", id, "name", "stub " + id, "price", 10, "stock", 5))
                        .toList();
                return Response.ok(Map.of("items", items, "page", 0, "size", 100, "totalItems", items.size()))
                        .build();
            });
        }
    }
}
