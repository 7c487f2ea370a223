package dev.courier.order.orders.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.PaymentReleased;
import dev.courier.order.OrderResources;
import dev.courier.order.orders.control.OrderOutcomes;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Cancels expired orders once the payment service closed them: {@code payment.released} in, {@code order.processed} out once the inventory did too. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = OrderResources.PAYMENT_RELEASED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class PaymentReleasedListener extends ChainEventListener<PaymentReleased> {

    @Inject
    OrderOutcomes outcomes;

    @Override
    protected EventType<PaymentReleased> type() {
        return EventType.PAYMENT_RELEASED;
    }

    @Override
    protected void apply(PaymentReleased event) {
        outcomes.paymentReleased(event);
    }
}
