package dev.courier.inventory.health.boundary;

import dev.courier.inventory.InventoryResources;
import dev.courier.support.health.DatabaseCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the inventory database answers. */
@Readiness
@ApplicationScoped
public class InventoryDatabaseCheck extends DatabaseCheck {

    @Override
    protected String name() {
        return "inventory-database";
    }

    @Override
    protected String dataSourceReference() {
        return InventoryResources.DATABASE;
    }
}
