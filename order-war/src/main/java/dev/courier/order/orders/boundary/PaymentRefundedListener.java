package dev.courier.order.orders.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import dev.courier.contract.events.EventType;
import dev.courier.order.OrderResources;
import dev.courier.order.orders.control.OrderOutcomes;
import dev.courier.support.messaging.EventMessages;
import dev.courier.support.messaging.FailedDelivery;

/** Cancels orders whose charge was refunded: {@code payment.refunded} in, {@code order.processed} out. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = OrderResources.PAYMENT_REFUNDED_QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class PaymentRefundedListener implements MessageListener {

    @Inject
    OrderOutcomes outcomes;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            outcomes.refunded(EventMessages.decode(message, EventType.PAYMENT_REFUNDED));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }
}
