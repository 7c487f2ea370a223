package dev.courier.gateway.users.boundary;

import dev.courier.gateway.downstream.control.DownstreamFailures;
import dev.courier.gateway.downstream.control.OrderServiceCalls;
import dev.courier.gateway.signin.control.Callers;
import dev.courier.support.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Users through the gateway: {@code /api/users/{id}}, a customer's own record (a shop admin's: any). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    OrderServiceCalls orderService;

    @Inject
    Callers callers;

    @GET
    @Path("{id}")
    public CompletionStage<Response> get(@PathParam("id") UUID id) {
        if (!callers.current().mayActFor(id)) {
            // another customer's record is not there for this caller: the order service's own 404, word for word
            return CompletableFuture.completedFuture(
                    Problems.response(404, "Not Found", "There is no user with this id."));
        }
        return orderService
                .read(api -> api.user(id))
                .handle((found, failure) -> failure == null
                        ? Response.ok(found).build()
                        : DownstreamFailures.toResponse("order service", failure));
    }
}
