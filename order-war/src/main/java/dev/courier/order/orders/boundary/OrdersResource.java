package dev.courier.order.orders.boundary;

import static dev.courier.support.idempotency.IdempotencyHeaders.IDEMPOTENCY_KEY;
import static dev.courier.support.idempotency.IdempotencyHeaders.REPLAYED;

import dev.courier.order.orders.control.OrderPlacement;
import dev.courier.order.orders.control.Orders;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
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

/** Orders over HTTP: {@code /order/api/orders}. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

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
    public Response place(
            @NotNull @Valid NewOrder body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context UriInfo uri) {
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
                idempotencyKey);
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
    public OrderView get(@PathParam("id") UUID id) {
        return orders.find(id)
                .map(OrderView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no order with this id."));
    }

    /** Orders newest first, filtered by {@code userId} and {@code status} when given. */
    @GET
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
