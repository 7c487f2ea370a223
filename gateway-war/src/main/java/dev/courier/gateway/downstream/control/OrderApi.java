package dev.courier.gateway.downstream.control;

import dev.courier.support.security.ServiceCredentials;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What the gateway reads from the order service (users, orders, pages of orders), config key {@code order-service}. */
@RegisterRestClient(configKey = "order-service")
@RegisterProvider(DownstreamErrors.class)
@RegisterProvider(ServiceCredentials.class)
@Path("/") // an interface-level @Path is what makes the server discover the client
@Produces(MediaType.APPLICATION_JSON)
public interface OrderApi {

    @GET
    @Path("orders/{id}")
    JsonObject order(@PathParam("id") UUID id);

    /** A page of orders, newest first; the order service checks the filters and the page. */
    @GET
    @Path("orders")
    JsonObject orders(
            @QueryParam("userId") UUID userId,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size);

    @GET
    @Path("users/{id}")
    JsonObject user(@PathParam("id") UUID id);
}
