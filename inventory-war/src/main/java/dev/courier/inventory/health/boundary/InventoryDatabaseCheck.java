package dev.courier.inventory.health.boundary;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;

import dev.courier.inventory.InventoryResources;
import dev.courier.support.health.DatabaseCheck;

/** Ready only while the inventory database answers. */
@Readiness
@ApplicationScoped
public class InventoryDatabaseCheck extends DatabaseCheck {

    @Resource(name = InventoryResources.DATABASE)
    DataSource dataSource;

    @Override
    protected String name() {
        return "inventory-database";
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
