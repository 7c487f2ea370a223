package dev.courier.payment;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The payment service's HTTP API, under {@code /payment/api}. */
@ApplicationPath("api")
public class PaymentApplication extends Application {}
