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

/** Completes, cancels or compensates orders once their stock was handled: {@code inventory.updated} in, {@code order.processed} or {@code refund.requested} out. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = OrderResources.INVENTORY_UPDATED_QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class InventoryUpdatedListener implements MessageListener {

    @Inject
    OrderOutcomes outcomes;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            outcomes.stockUpdated(EventMessages.decode(message, EventType.INVENTORY_UPDATED));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }
}
