package dev.courier.inventory.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

import org.eclipse.microprofile.health.Readiness;

import dev.courier.inventory.InventoryResources;
import dev.courier.support.health.BrokerCheck;

/** Ready only while the broker accepts a connection and the inventory's queue exists. */
@Readiness
@ApplicationScoped
public class InventoryBrokerCheck extends BrokerCheck {

    @Resource(lookup = InventoryResources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(name = InventoryResources.PAYMENT_PROCESSED_QUEUE)
    Queue queue;

    @Override
    protected String name() {
        return "inventory-broker";
    }

    @Override
    protected ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    @Override
    protected Queue queue() {
        return queue;
    }
}
