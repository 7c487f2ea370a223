package dev.courier.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Courier's public API, under {@code /api}. */
@ApplicationPath("api")
public class GatewayApplication extends Application {}
