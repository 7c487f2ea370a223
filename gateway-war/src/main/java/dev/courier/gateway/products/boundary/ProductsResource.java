package dev.courier.gateway.products.boundary;

import dev.courier.gateway.downstream.control.DownstreamFailures;
import dev.courier.gateway.downstream.control.InventoryServiceCalls;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.problem.Problems;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** The catalog through the gateway: {@code /api/products}. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    private static final String INVENTORY_SERVICE = "inventory service";

    @Inject
    InventoryServiceCalls inventoryService;

    @GET
    public CompletionStage<Response> list(@Valid @BeanParam PageRequest page) {
        return inventoryService
                .products(null, page.page(), page.size())
                .handle((found, failure) -> failure == null
                        ? Response.ok(found).build()
                        : DownstreamFailures.toResponse(INVENTORY_SERVICE, failure));
    }

    @GET
    @Path("{id}")
    public CompletionStage<Response> get(@PathParam("id") UUID id) {
        return inventoryService.products(List.of(id), null, 1).handle((found, failure) -> {
            if (failure != null) {
                return DownstreamFailures.toResponse(INVENTORY_SERVICE, failure);
            }
            List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
            return items.isEmpty()
                    ? Problems.response(404, "Not Found", "There is no product with this id.")
                    : Response.ok(items.get(0)).build();
        });
    }
}
