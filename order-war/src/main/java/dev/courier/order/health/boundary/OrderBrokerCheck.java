package dev.courier.order.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

import org.eclipse.microprofile.health.Readiness;

import dev.courier.order.OrderResources;
import dev.courier.support.health.BrokerCheck;

/** Ready only while the broker accepts a connection and the order service's queue exists. */
@Readiness
@ApplicationScoped
public class OrderBrokerCheck extends BrokerCheck {

    @Resource(lookup = OrderResources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(name = OrderResources.INVENTORY_UPDATED_QUEUE)
    Queue queue;

    @Override
    protected String name() {
        return "order-broker";
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
