package dev.courier.order.orders.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.order.OrderResources;
import dev.courier.order.orders.control.OrderOutcomes;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Completes, cancels or compensates orders once their stock was handled: {@code inventory.updated} in, {@code order.processed} or {@code refund.requested} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = OrderResources.INVENTORY_UPDATED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class InventoryUpdatedListener extends ChainEventListener<InventoryUpdated> {

    @Inject
    OrderOutcomes outcomes;

    @Override
    protected EventType<InventoryUpdated> type() {
        return EventType.INVENTORY_UPDATED;
    }

    @Override
    protected void apply(InventoryUpdated event) {
        outcomes.stockUpdated(event);
    }
}
