package dev.courier.order.orders.control;

import dev.courier.support.security.ServiceCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inventory service's catalog, as the order service reads it (config key {@code inventory}). */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(CatalogErrors.class)
@RegisterProvider(ServiceCredentials.class)
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryCatalog {

    /** The products among {@code ids} that exist (at most 100 ids). */
    @GET
    Products products(@QueryParam("id") List<UUID> ids, @QueryParam("size") int size);

    /** The part of the catalog's answer the order service reads. */
    record Products(List<Product> items) {}

    /** A product as far as pricing cares. */
    record Product(UUID id, BigDecimal price) {}
}
