package dev.courier.payment.payments.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.OrderCreated;
import dev.courier.payment.PaymentResources;
import dev.courier.payment.payments.control.Charges;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Charges placed orders: {@code order.created} in, {@code payment.processed} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = PaymentResources.ORDER_CREATED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class OrderCreatedListener extends ChainEventListener<OrderCreated> {

    @Inject
    Charges charges;

    @Override
    protected EventType<OrderCreated> type() {
        return EventType.ORDER_CREATED;
    }

    @Override
    protected void apply(OrderCreated event) {
        charges.charge(event);
    }
}
