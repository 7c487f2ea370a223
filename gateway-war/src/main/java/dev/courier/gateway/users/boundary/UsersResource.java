package dev.courier.gateway.users.boundary;

import dev.courier.gateway.downstream.control.DownstreamFailures;
import dev.courier.gateway.downstream.control.OrderServiceCalls;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Users through the gateway: {@code /api/users/{id}}. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    OrderServiceCalls orderService;

    @GET
    @Path("{id}")
    public CompletionStage<Response> get(@PathParam("id") UUID id) {
        return orderService
                .read(OrderServiceCalls.Collection.USERS, id)
                .handle((found, failure) -> failure == null
                        ? Response.ok(found).build()
                        : DownstreamFailures.toResponse("order service", failure));
    }
}
