package dev.courier.payment.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

import org.eclipse.microprofile.health.Readiness;

import dev.courier.payment.PaymentResources;
import dev.courier.support.health.BrokerCheck;

/** Ready only while the broker accepts a connection and the payment's queue exists. */
@Readiness
@ApplicationScoped
public class PaymentBrokerCheck extends BrokerCheck {

    @Resource(lookup = PaymentResources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(name = PaymentResources.ORDER_CREATED_QUEUE)
    Queue queue;

    @Override
    protected String name() {
        return "payment-broker";
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
