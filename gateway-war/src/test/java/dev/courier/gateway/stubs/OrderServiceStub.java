package dev.courier.gateway.stubs;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the order service at {@code /order}: one order of one user with three
 * products, anything else 404; behaviour per {@link StubBehaviour} ({@code stub.order.*} for orders,
 * {@code stub.user.*} for users, {@code stub.placement.*} for placing an order, which
 * always succeeds).
 */
@ApplicationPath("api")
public class OrderServiceStub extends Application {

    public static final String ORDER = "0000000a-0000-4000-8000-000000000001";
    public static final String USER = "0000000b-0000-4000-8000-000000000001";

    @Path("")
    public static class Resources {

        @GET
        @Path("orders/{id}")
        @Produces(MediaType.APPLICATION_JSON)
        public void order(@PathParam("id") String id, @Suspended AsyncResponse async) {
            StubBehaviour.answer(
                    "order",
                    async,
                    () -> !ORDER.equals(id)
                            ? notFound()
                            : Response.ok(Map.of(
                                            "id",
                                            ORDER,
                                            "userId",
                                            USER,
                                            "status",
                                            "PROCESSED",
                                            "total",
                                            30,
                                            "products",
                                            List.of(
                                                    line(InventoryServiceStub.BEANS),
                                                    line(InventoryServiceStub.MUG),
                                                    line(InventoryServiceStub.GRINDER))))
                                    .build());
        }

        @GET
        @Path("users/{id}")
        @Produces(MediaType.APPLICATION_JSON)
        public void user(@PathParam("id") String id, @Suspended AsyncResponse async) {
            StubBehaviour.answer(
                    "user",
                    async,
                    () -> !USER.equals(id)
                            ? notFound()
                            : Response.ok(Map.of("id", USER, "name", "Stub User", "email", "stub@example.com"))
                                    .build());
        }

        @POST
        @Path("orders")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public void place(Map<String, Object> order, @Suspended AsyncResponse async) {
            StubBehaviour.answer(
                    "placement",
                    async,
                    () -> Response.created(java.net.URI.create("orders/" + ORDER))
                            .entity(Map.of(
                                    "id",
                                    ORDER,
                                    "userId",
                                    USER,
                                    "status",
                                    "PENDING",
                                    "total",
                                    30,
                                    "products",
                                    List.of(line(InventoryServiceStub.BEANS))))
                            .build());
        }

        private static Map<String, Object> line(String productId) {
            return Map.of("productId", productId, "quantity", 1, "unitPrice", 10);
        }

        private static Response notFound() {
            return Response.status(404)
                    .type("application/problem+json")
                    .entity(Map.of(
                            "type",
                            "about:blank",
                            "title",
                            "Not Found",
                            "status",
                            404,
                            "detail",
                            "There is no such thing."))
                    .build();
        }
    }
}
