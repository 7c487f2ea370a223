package dev.courier.order.health.boundary;

import dev.courier.order.OrderResources;
import dev.courier.support.health.DatabaseCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the order database answers. */
@Readiness
@ApplicationScoped
public class OrderDatabaseCheck extends DatabaseCheck {

    @Override
    protected String name() {
        return "order-database";
    }

    @Override
    protected String dataSourceReference() {
        return OrderResources.DATABASE;
    }
}
