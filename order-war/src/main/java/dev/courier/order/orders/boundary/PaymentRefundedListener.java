package dev.courier.order.orders.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.order.OrderResources;
import dev.courier.order.orders.control.OrderOutcomes;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Cancels orders whose charge was refunded: {@code payment.refunded} in, {@code order.processed} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = OrderResources.PAYMENT_REFUNDED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class PaymentRefundedListener extends ChainEventListener<PaymentRefunded> {

    @Inject
    OrderOutcomes outcomes;

    @Override
    protected EventType<PaymentRefunded> type() {
        return EventType.PAYMENT_REFUNDED;
    }

    @Override
    protected void apply(PaymentRefunded event) {
        outcomes.refunded(event);
    }
}
