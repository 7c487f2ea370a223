package dev.courier.order.health.boundary;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;

import dev.courier.order.OrderResources;
import dev.courier.support.health.DatabaseCheck;

/** Ready only while the order database answers. */
@Readiness
@ApplicationScoped
public class OrderDatabaseCheck extends DatabaseCheck {

    @Resource(name = OrderResources.DATABASE)
    DataSource dataSource;

    @Override
    protected String name() {
        return "order-database";
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
