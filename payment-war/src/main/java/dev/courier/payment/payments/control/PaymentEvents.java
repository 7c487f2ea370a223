package dev.courier.payment.payments.control;

import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.PaymentRefunded;

/** The events the payment service announces; business code never touches JMS. */
public interface PaymentEvents {

    void paymentProcessed(PaymentProcessed event);

    void paymentRefunded(PaymentRefunded event);
}
