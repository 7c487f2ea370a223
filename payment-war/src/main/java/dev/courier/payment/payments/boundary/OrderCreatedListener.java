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

/** Charges placed orders: {@code order.created} in, {@code payment.processed} out. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PaymentResources.ORDER_CREATED_QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class OrderCreatedListener implements MessageListener {

    @Inject
    Charges charges;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            charges.charge(EventMessages.decode(message, EventType.ORDER_CREATED));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }
}
