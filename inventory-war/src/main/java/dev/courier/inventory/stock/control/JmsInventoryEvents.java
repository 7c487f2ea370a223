package dev.courier.inventory.stock.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.StockReleased;
import dev.courier.inventory.InventoryResources;
import dev.courier.support.messaging.EventMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** {@link InventoryEvents} as JMS messages, sent in the caller's transaction. */
@ApplicationScoped
public class JmsInventoryEvents implements InventoryEvents {

    @Inject
    JMSContext context;

    @Resource(name = InventoryResources.INVENTORY_UPDATED_QUEUE)
    Queue inventoryUpdated;

    @Resource(name = InventoryResources.STOCK_RELEASED_QUEUE)
    Queue stockReleased;

    @Override
    public void inventoryUpdated(InventoryUpdated event) {
        EventMessages.send(context, inventoryUpdated, EventType.INVENTORY_UPDATED, event);
    }

    @Override
    public void stockReleased(StockReleased event) {
        EventMessages.send(context, stockReleased, EventType.STOCK_RELEASED, event);
    }
}
