package dev.courier.inventory.products.boundary;

import dev.courier.inventory.products.control.Catalog;
import dev.courier.inventory.products.entity.Product;
import dev.courier.support.openapi.ProblemResponses;
import dev.courier.support.paging.Page;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The product catalog over HTTP: {@code /inventory/api/products}. */
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    private static final String NEW_PRODUCT_EXAMPLE = """
            {"name": "Espresso cup", "price": 12.90, "stock": 40}""";

    @Inject
    Catalog catalog;

    @POST
    @Operation(summary = "Add a product to the catalog")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers = @Header(name = "Location", description = "The product's address"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response add(
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = NewProduct.class),
                                            examples = @ExampleObject(name = "a product", value = NEW_PRODUCT_EXAMPLE)))
                    NewProduct body,
            @Context UriInfo uri) {
        Product product = catalog.add(body.name().strip(), body.price(), body.stock());
        URI location =
                uri.getAbsolutePathBuilder().path(product.id().toString()).build();
        return Response.created(location).entity(ProductView.of(product)).build();
    }

    /**
     * The catalog a page at a time, or with {@code id} given (repeatable, at most 100), just those
     * products: what the order service asks when it prices an order.
     */
    @GET
    @Operation(summary = "The catalog a page at a time, or the products with the ids given")
    @APIResponse(responseCode = "200", description = "A page of products")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Page<ProductView> list(
            @Valid @BeanParam PageRequest page, @QueryParam("id") @Size(max = PageRequest.MAX_SIZE) List<UUID> ids) {
        if (ids != null && !ids.isEmpty()) {
            List<ProductView> found = catalog.withIds(new LinkedHashSet<>(ids)).stream()
                    .map(ProductView::of)
                    .toList();
            return new Page<>(found, 0, PageRequest.MAX_SIZE, found.size());
        }
        return catalog.list(page).map(ProductView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A product")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public ProductView get(@PathParam("id") UUID id) {
        return catalog.find(id)
                .map(ProductView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no product with this id."));
    }

    @PUT
    @Path("{id}/stock")
    @Operation(summary = "Set a product's stock")
    @APIResponse(responseCode = "200", description = "The product with its new stock")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public ProductView setStock(
            @PathParam("id") UUID id,
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = StockLevel.class)))
                    StockLevel body) {
        return ProductView.of(catalog.setStock(id, body.stock()));
    }

    @POST
    @Path("{id}/restock")
    @Operation(summary = "Add to a product's stock")
    @APIResponse(responseCode = "200", description = "The product with its new stock")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public ProductView restock(
            @PathParam("id") UUID id,
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = Restock.class)))
                    Restock body) {
        return ProductView.of(catalog.addStock(id, body.quantity()));
    }
}
