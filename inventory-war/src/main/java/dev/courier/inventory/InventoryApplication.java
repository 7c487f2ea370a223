package dev.courier.inventory;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The inventory service's HTTP API, under {@code /inventory/api}; its OpenAPI document at {@code /inventory/openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Courier inventory service",
                        version = "1",
                        description =
                                "The product catalog with prices and stock; the order chain reserves and releases stock. Internal: callers authenticate with HTTP Basic as a user with the inventory-api role."))
public class InventoryApplication extends Application {}
