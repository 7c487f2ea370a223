package dev.courier.payment.payments.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import dev.courier.contract.events.EventType;
import dev.courier.payment.PaymentResources;
import dev.courier.payment.payments.control.Charges;
import dev.courier.support.messaging.EventMessages;
import dev.courier.support.messaging.FailedDelivery;

/** Refunds charges of orders that could not be completed: {@code refund.requested} in, {@code payment.refunded} out. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PaymentResources.REFUND_REQUESTED_QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class RefundRequestedListener implements MessageListener {

    @Inject
    Charges charges;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            charges.refund(EventMessages.decode(message, EventType.REFUND_REQUESTED));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }
}
