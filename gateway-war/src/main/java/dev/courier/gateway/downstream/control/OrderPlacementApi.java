package dev.courier.gateway.downstream.control;

import dev.courier.support.idempotency.IdempotencyHeaders;
import dev.courier.support.security.ServiceCredentials;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Placing orders at the order service, config key {@code order-placement}: the order service's URL,
 * but a socket that waits as long as the placement's timeout (5 s). With the reads' one second, a
 * placement slower than that was answered 503 while the order service went on and placed it.
 */
@RegisterRestClient(configKey = "order-placement")
@RegisterProvider(DownstreamErrors.class)
@RegisterProvider(ServiceCredentials.class)
@Path("/") // an interface-level @Path is what makes the server discover the client
@Produces(MediaType.APPLICATION_JSON)
public interface OrderPlacementApi {

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    Response place(JsonObject order, @HeaderParam(IdempotencyHeaders.IDEMPOTENCY_KEY) String idempotencyKey);
}
