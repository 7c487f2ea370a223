package dev.courier.order.orders.boundary;

import static dev.courier.support.idempotency.IdempotencyHeaders.IDEMPOTENCY_KEY;
import static dev.courier.support.idempotency.IdempotencyHeaders.REPLAYED;

import dev.courier.order.orders.control.OrderPlacement;
import dev.courier.order.orders.control.Orders;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.support.openapi.ProblemResponses;
import dev.courier.support.paging.Page;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Orders over HTTP: {@code /order/api/orders}. */
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private static final String NEW_ORDER_EXAMPLE = """
            {"userId": "6f1d3c52-8a0e-4c6b-9e0a-1f2b3c4d5e6f",
             "products": [{"productId": "0b7e4a1c-2d3f-4a5b-8c6d-7e8f9a0b1c2d", "quantity": 2},
                          {"productId": "1c8f5b2d-3e4a-4b6c-9d7e-8f9a0b1c2d3e", "quantity": 1}]}""";

    private static final String IDEMPOTENCY_KEY_PATTERN = "[\\x21-\\x7E]{1,255}";

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    /**
     * Places an order: 201 with its location. With an {@code Idempotency-Key} header (1 to 255 visible
     * ASCII characters, unique per order of a user) a repetition answers 201 with the order placed
     * first and {@code Idempotent-Replayed: true}, and places nothing.
     */
    @POST
    @Operation(
            summary = "Place an order",
            description = "Prices every line from the catalog, stores the order as PENDING and starts the order chain.")
    @APIResponse(
            responseCode = "201",
            description = "Placed; with a repeated Idempotency-Key, the order placed first",
            headers = {
                @Header(name = "Location", description = "The order's address"),
                @Header(
                        name = REPLAYED,
                        description = "true when the answer is the order placed before with this Idempotency-Key")
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response place(
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = NewOrder.class),
                                            examples = @ExampleObject(name = "two lines", value = NEW_ORDER_EXAMPLE)))
                    NewOrder body,
            @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context UriInfo uri) {
        if (idempotencyKey != null && !idempotencyKey.matches(IDEMPOTENCY_KEY_PATTERN)) {
            throw new ProblemException(
                    400,
                    "Invalid Idempotency-Key",
                    "An Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID.");
        }
        OrderPlacement.Placed placed = placement.place(
                body.userId(),
                body.products().stream()
                        .map(line -> new OrderPlacement.Wanted(line.productId(), line.quantity()))
                        .toList(),
                idempotencyKey,
                body.total());
        Order order = placed.order();
        Response.ResponseBuilder answer = Response.created(
                        uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                .entity(OrderView.of(order));
        if (placed.replayed()) {
            answer.header(REPLAYED, "true");
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An order with its lines and history")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public OrderView get(@PathParam("id") UUID id) {
        return orders.find(id)
                .map(OrderView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no order with this id."));
    }

    /** Orders newest first, filtered by {@code userId} and {@code status} when given. */
    @GET
    @Operation(summary = "Orders, newest first, of one user and/or in one status")
    @APIResponse(responseCode = "200", description = "A page of orders")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Page<OrderView> list(
            @QueryParam("userId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String userId,
            @QueryParam("status")
                    @Pattern(regexp = OrderStatus.PATTERN, message = "must be one of " + OrderStatus.PATTERN)
                    String status,
            @Valid @BeanParam PageRequest page) {
        return orders.list(
                        userId == null ? null : UUID.fromString(userId),
                        status == null ? null : OrderStatus.valueOf(status),
                        page)
                .map(OrderView::of);
    }
}
