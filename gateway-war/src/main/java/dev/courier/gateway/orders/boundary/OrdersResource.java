package dev.courier.gateway.orders.boundary;

import static dev.courier.support.idempotency.IdempotencyHeaders.IDEMPOTENCY_KEY;
import static dev.courier.support.idempotency.IdempotencyHeaders.REPLAYED;

import dev.courier.gateway.downstream.control.DownstreamFailures;
import dev.courier.gateway.downstream.control.OrderServiceCalls;
import dev.courier.gateway.downstream.control.OrderServiceCalls.Collection;
import dev.courier.gateway.orders.control.OrderDetails;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Orders through the gateway: {@code /api/orders}. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private static final String ORDER_SERVICE = "order service";

    @Inject
    OrderServiceCalls orderService;

    @Inject
    OrderDetails details;

    /**
     * How long an order's details may take, all calls together: the user and the products get what
     * the order's call left of it, and what has not come by then is answered as degraded.
     */
    @Inject
    @ConfigProperty(name = "courier.gateway.details-deadline", defaultValue = "PT1S")
    Duration detailsDeadline;

    /** The order with its user and every product's details, and {@code degraded} naming what is missing. */
    @GET
    @Path("{id}/details")
    public CompletionStage<Response> details(@PathParam("id") UUID id) {
        long deadline = System.nanoTime() + detailsDeadline.toNanos();
        // the user and products calls in this request's trace too, with what is left of the deadline
        Function<JsonObject, CompletionStage<JsonObject>> withDetails = io.opentelemetry.context.Context.current()
                .wrapFunction(order -> details.of(order, Duration.ofNanos(deadline - System.nanoTime())));
        return orderService
                .read(Collection.ORDERS, id)
                .thenCompose(withDetails)
                .handle((found, failure) -> failure == null
                        ? Response.ok(found).build()
                        : DownstreamFailures.toResponse(ORDER_SERVICE, failure));
    }

    @GET
    @Path("{id}")
    public CompletionStage<Response> get(@PathParam("id") UUID id) {
        return orderService
                .read(Collection.ORDERS, id)
                .handle((found, failure) -> failure == null
                        ? Response.ok(found).build()
                        : DownstreamFailures.toResponse(ORDER_SERVICE, failure));
    }

    /**
     * Places an order; never retried by the gateway. A client that did not get the answer repeats the
     * request with the same {@code Idempotency-Key} header, which the order service uses to place it
     * once (the repetition answers with the first order and {@code Idempotent-Replayed: true}).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> place(
            @NotNull JsonObject order, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context UriInfo uri) {
        UriBuilder orders = uri.getAbsolutePathBuilder(); // the request's context is gone when the answer comes
        return orderService.place(order, idempotencyKey).handle((placed, failure) -> {
            if (failure != null) {
                return DownstreamFailures.toResponse(ORDER_SERVICE, failure);
            }
            JsonObject body = placed.readEntity(JsonObject.class);
            URI location = orders.path(body.getString("id")).build();
            return Response.status(placed.getStatus())
                    .location(location)
                    .entity(body)
                    .header(REPLAYED, placed.getHeaderString(REPLAYED))
                    .build(); // a null header is not sent
        });
    }
}
