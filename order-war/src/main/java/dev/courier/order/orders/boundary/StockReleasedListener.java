package dev.courier.order.orders.boundary;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.StockReleased;
import dev.courier.order.OrderResources;
import dev.courier.order.orders.control.OrderOutcomes;
import dev.courier.support.messaging.ChainEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Cancels expired orders once the inventory closed them: {@code stock.released} in, {@code order.processed} out once the payment service did too. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = OrderResources.STOCK_RELEASED_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class StockReleasedListener extends ChainEventListener<StockReleased> {

    @Inject
    OrderOutcomes outcomes;

    @Override
    protected EventType<StockReleased> type() {
        return EventType.STOCK_RELEASED;
    }

    @Override
    protected void apply(StockReleased event) {
        outcomes.stockReleased(event);
    }
}
