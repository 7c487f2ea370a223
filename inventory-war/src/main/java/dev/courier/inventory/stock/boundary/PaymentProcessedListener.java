package dev.courier.inventory.stock.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import dev.courier.contract.events.EventType;
import dev.courier.inventory.InventoryResources;
import dev.courier.inventory.stock.control.StockReservations;
import dev.courier.support.messaging.EventMessages;
import dev.courier.support.messaging.FailedDelivery;

/** Reserves the stock of paid orders: {@code payment.processed} in, {@code inventory.updated} out. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = InventoryResources.PAYMENT_PROCESSED_QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class PaymentProcessedListener implements MessageListener {

    @Inject
    StockReservations reservations;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            reservations.reserve(EventMessages.decode(message, EventType.PAYMENT_PROCESSED));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }
}
