package dev.courier.order;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The order service's HTTP API, under {@code /order/api}. */
@ApplicationPath("api")
public class OrderApplication extends Application {}
