package dev.courier.gateway.downstream.control;

import dev.courier.support.security.ServiceCredentials;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inventory service's catalog, config key {@code inventory-service}. */
@RegisterRestClient(configKey = "inventory-service")
@RegisterProvider(DownstreamErrors.class)
@RegisterProvider(ServiceCredentials.class)
@Path("/") // an interface-level @Path is what makes the server discover the client
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryApi {

    /**
     * A page of the catalog, or with {@code ids}, just those products (absent ones are left
     * out): one request however many products an order has.
     */
    @GET
    @Path("products")
    JsonObject products(
            @QueryParam("id") List<UUID> ids, @QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
