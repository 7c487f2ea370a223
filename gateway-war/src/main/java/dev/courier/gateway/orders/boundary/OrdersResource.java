package dev.courier.gateway.orders.boundary;

import static dev.courier.support.idempotency.IdempotencyHeaders.IDEMPOTENCY_KEY;
import static dev.courier.support.idempotency.IdempotencyHeaders.REPLAYED;

import dev.courier.gateway.downstream.control.DownstreamFailures;
import dev.courier.gateway.downstream.control.OrderServiceCalls;
import dev.courier.gateway.orders.control.OrderDetails;
import dev.courier.gateway.signin.control.Caller;
import dev.courier.gateway.signin.control.Callers;
import dev.courier.support.problem.Problem;
import dev.courier.support.problem.Problems;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orders through the gateway: {@code /api/orders}. A customer reads and places their own only (the
 * token says who is calling: {@link Callers}); a shop admin, everyone's.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private static final String ORDER_SERVICE = "order service";

    /** Looked up once: every {@code Json.create...} call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A token with the role customer that names no Courier customer. */
    private static final Supplier<Response> NO_CUSTOMER = () -> Problems.response(
            403, "Forbidden", "This token names no Courier customer (claim courier.gateway.customer-claim).");

    @Inject
    Callers callers;

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
        Caller caller = callers.current();
        // the user and products calls in this request's trace too, with what is left of the deadline;
        // none for an order that is not the caller's
        Function<JsonObject, CompletionStage<JsonObject>> withDetails = io.opentelemetry.context.Context.current()
                .wrapFunction(order -> caller.mayActFor(ownerOf(order))
                        ? details.of(order, Duration.ofNanos(deadline - System.nanoTime()))
                        : CompletableFuture.completedFuture(null));
        return orderService.read(api -> api.order(id)).thenCompose(withDetails).handle((found, failure) -> {
            if (failure != null) {
                return DownstreamFailures.toResponse(ORDER_SERVICE, failure);
            }
            return found == null ? noSuchOrder() : Response.ok(found).build();
        });
    }

    @GET
    @Path("{id}")
    public CompletionStage<Response> get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return orderService.read(api -> api.order(id)).handle((found, failure) -> {
            if (failure != null) {
                return DownstreamFailures.toResponse(ORDER_SERVICE, failure);
            }
            return caller.mayActFor(ownerOf(found)) ? Response.ok(found).build() : noSuchOrder();
        });
    }

    /**
     * The caller's orders, newest first, a page at a time ({@code page}, {@code size}), in one
     * {@code status} if given. A shop admin sees everyone's, or one customer's with {@code userId}.
     */
    @GET
    public CompletionStage<Response> list(
            @QueryParam("userId") String named,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID userId;
        try {
            userId = named == null ? null : UUID.fromString(named);
        } catch (IllegalArgumentException notAUuid) {
            return CompletableFuture.completedFuture(Problems.response(
                    400,
                    "Invalid request",
                    "One or more fields are not valid.",
                    List.of(new Problem.FieldError("userId", "must be a UUID"))));
        }
        Caller caller = callers.current();
        if (!caller.shopAdmin() && userId != null && !userId.equals(caller.customer())) {
            return CompletableFuture.completedFuture(
                    Problems.response(403, "Forbidden", "A customer lists their own orders only."));
        }
        if (!caller.shopAdmin() && caller.customer() == null) {
            return CompletableFuture.completedFuture(NO_CUSTOMER.get());
        }
        UUID whose = caller.shopAdmin() ? userId : caller.customer();
        return orderService
                .read(api -> api.orders(whose, status, page, size))
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
        Caller caller = callers.current();
        if (!caller.shopAdmin()) {
            if (caller.customer() == null) {
                return CompletableFuture.completedFuture(NO_CUSTOMER.get());
            }
            JsonValue named = order.get("userId");
            if (named == null) {
                // the customer is the one signed in: the body need not say so
                order = JSON.createObjectBuilder(order)
                        .add("userId", caller.customer().toString())
                        .build();
            } else if (!(named instanceof JsonString text
                    && text.getString().equals(caller.customer().toString()))) {
                return CompletableFuture.completedFuture(Problems.response(
                        403, "Forbidden", "A customer places orders for themselves only: userId is not yours."));
            }
        }
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

    /**
     * The answer to another customer's order: the order service's own answer to an order that is not
     * there, word for word, so that a customer cannot tell the one from the other.
     */
    private static Response noSuchOrder() {
        return Problems.response(404, "Not Found", "There is no order with this id.");
    }

    private static UUID ownerOf(JsonObject order) {
        return UUID.fromString(order.getString("userId"));
    }
}
