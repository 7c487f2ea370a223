package dev.courier.payment.payments.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.OrderExpired;
import dev.courier.payment.PaymentResources;
import dev.courier.payment.payments.control.Charges;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Closes expired orders, refunding their charge if there is one: {@code order.expired.payment} in, {@code payment.released} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = PaymentResources.ORDER_EXPIRED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class OrderExpiredListener extends ChainEventListener<OrderExpired> {

    @Inject
    Charges charges;

    @Override
    protected EventType<OrderExpired> type() {
        return EventType.ORDER_EXPIRED;
    }

    @Override
    protected void apply(OrderExpired event) {
        charges.release(event);
    }
}
