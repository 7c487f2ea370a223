package dev.courier.payment;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The payment service's HTTP API, under {@code /payment/api}; its OpenAPI document at {@code /payment/openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Courier payment service",
                        version = "1",
                        description =
                                "Accounts and the payments (charges, refunds) the order chain made. Internal: callers authenticate with HTTP Basic as a user with the payment-api role."))
public class PaymentApplication extends Application {}
