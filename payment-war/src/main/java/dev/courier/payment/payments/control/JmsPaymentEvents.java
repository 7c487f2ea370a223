package dev.courier.payment.payments.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.PaymentReleased;
import dev.courier.payment.PaymentResources;
import dev.courier.support.messaging.EventMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** {@link PaymentEvents} as JMS messages, sent in the caller's transaction. */
@ApplicationScoped
public class JmsPaymentEvents implements PaymentEvents {

    @Inject
    JMSContext context;

    @Resource(name = PaymentResources.PAYMENT_PROCESSED_QUEUE)
    Queue paymentProcessed;

    @Resource(name = PaymentResources.PAYMENT_REFUNDED_QUEUE)
    Queue paymentRefunded;

    @Resource(name = PaymentResources.PAYMENT_RELEASED_QUEUE)
    Queue paymentReleased;

    @Override
    public void paymentProcessed(PaymentProcessed event) {
        EventMessages.send(context, paymentProcessed, EventType.PAYMENT_PROCESSED, event);
    }

    @Override
    public void paymentRefunded(PaymentRefunded event) {
        EventMessages.send(context, paymentRefunded, EventType.PAYMENT_REFUNDED, event);
    }

    @Override
    public void paymentReleased(PaymentReleased event) {
        EventMessages.send(context, paymentReleased, EventType.PAYMENT_RELEASED, event);
    }
}
