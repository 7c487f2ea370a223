package dev.courier.inventory.stock.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.OrderExpired;
import dev.courier.inventory.InventoryResources;
import dev.courier.inventory.stock.control.StockReservations;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Closes expired orders, putting back the stock taken for them: {@code order.expired.inventory} in, {@code stock.released} out. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = InventoryResources.ORDER_EXPIRED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class OrderExpiredListener extends ChainEventListener<OrderExpired> {

    @Inject
    StockReservations reservations;

    @Override
    protected EventType<OrderExpired> type() {
        return EventType.ORDER_EXPIRED;
    }

    @Override
    protected void apply(OrderExpired event) {
        reservations.release(event);
    }
}
