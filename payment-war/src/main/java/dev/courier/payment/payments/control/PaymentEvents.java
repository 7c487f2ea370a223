package dev.courier.payment.payments.control;

import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.PaymentReleased;

/** The events the payment service announces; business code never touches JMS. */
public interface PaymentEvents {

    void paymentProcessed(PaymentProcessed event);

    void paymentRefunded(PaymentRefunded event);

    void paymentReleased(PaymentReleased event);
}
