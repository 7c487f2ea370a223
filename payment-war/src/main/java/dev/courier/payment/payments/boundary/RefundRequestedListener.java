package dev.courier.payment.payments.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.RefundRequested;
import dev.courier.payment.PaymentResources;
import dev.courier.payment.payments.control.Charges;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Refunds charges of orders that could not be completed: {@code refund.requested} in, {@code payment.refunded} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = PaymentResources.REFUND_REQUESTED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class RefundRequestedListener extends ChainEventListener<RefundRequested> {

    @Inject
    Charges charges;

    @Override
    protected EventType<RefundRequested> type() {
        return EventType.REFUND_REQUESTED;
    }

    @Override
    protected void apply(RefundRequested event) {
        charges.refund(event);
    }
}
