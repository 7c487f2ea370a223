package dev.courier.payment.health.boundary;

import dev.courier.payment.PaymentResources;
import dev.courier.support.health.DatabaseCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the payment database answers. */
@Readiness
@ApplicationScoped
public class PaymentDatabaseCheck extends DatabaseCheck {

    @Override
    protected String name() {
        return "payment-database";
    }

    @Override
    protected String dataSourceReference() {
        return PaymentResources.DATABASE;
    }
}
