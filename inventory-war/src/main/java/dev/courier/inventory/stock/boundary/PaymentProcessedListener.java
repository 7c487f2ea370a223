package dev.courier.inventory.stock.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.inventory.InventoryResources;
import dev.courier.inventory.stock.control.StockReservations;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Reserves the stock of paid orders: {@code payment.processed} in, {@code inventory.updated} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = InventoryResources.PAYMENT_PROCESSED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class PaymentProcessedListener extends ChainEventListener<PaymentProcessed> {

    @Inject
    StockReservations reservations;

    @Override
    protected EventType<PaymentProcessed> type() {
        return EventType.PAYMENT_PROCESSED;
    }

    @Override
    protected void apply(PaymentProcessed event) {
        reservations.reserve(event);
    }
}
