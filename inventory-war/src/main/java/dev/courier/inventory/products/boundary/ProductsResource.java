package dev.courier.inventory.products.boundary;

import dev.courier.inventory.products.control.Catalog;
import dev.courier.inventory.products.entity.Product;
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

/** The product catalog over HTTP: {@code /inventory/api/products}. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @Inject
    Catalog catalog;

    @POST
    public Response add(@NotNull @Valid NewProduct body, @Context UriInfo uri) {
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
    public ProductView get(@PathParam("id") UUID id) {
        return catalog.find(id)
                .map(ProductView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no product with this id."));
    }

    @PUT
    @Path("{id}/stock")
    public ProductView setStock(@PathParam("id") UUID id, @NotNull @Valid StockLevel body) {
        return ProductView.of(catalog.setStock(id, body.stock()));
    }

    @POST
    @Path("{id}/restock")
    public ProductView restock(@PathParam("id") UUID id, @NotNull @Valid Restock body) {
        return ProductView.of(catalog.addStock(id, body.quantity()));
    }
}
