package dev.courier.order;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The order service's HTTP API, under {@code /order/api}; its OpenAPI document at {@code /order/openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Courier order service",
                        version = "1",
                        description =
                                "Users and orders. Placing an order prices it from the inventory catalog and starts the order chain (order.created); the order's status and history follow the chain. Internal: callers authenticate with HTTP Basic as a user with the order-api role."))
public class OrderApplication extends Application {}
