package dev.courier.inventory;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The inventory service's HTTP API, under {@code /inventory/api}. */
@ApplicationPath("api")
public class InventoryApplication extends Application {}
