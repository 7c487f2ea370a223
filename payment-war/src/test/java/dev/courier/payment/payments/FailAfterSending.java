package dev.courier.payment.payments;

import dev.courier.contract.events.PaymentProcessed;
import dev.courier.payment.payments.control.PaymentEvents;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.UUID;

/**
 * A fault injected by the test deployment only: for the user named by the system property
 * {@value #FAIL_FOR}, the payment step fails right after it sent its event, inside its
 * transaction. Removing the property is the fix.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class FailAfterSending implements PaymentEvents {

    public static final String FAIL_FOR = "courier.test.fail-after-sending-for";

    @Inject
    @Delegate
    PaymentEvents delegate;

    @Override
    public void paymentProcessed(PaymentProcessed event) {
        delegate.paymentProcessed(event);
        if (event.userId().equals(failingUser())) {
            throw new IllegalStateException("fault injected by the test after sending " + event.eventId());
        }
    }

    private static UUID failingUser() {
        String user = System.getProperty(FAIL_FOR);
        return user == null ? null : UUID.fromString(user);
    }
}
