package dev.courier.inventory.stock.control;

import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.StockReleased;

/** The events the inventory service announces; business code never touches JMS. */
public interface InventoryEvents {

    void inventoryUpdated(InventoryUpdated event);

    void stockReleased(StockReleased event);
}
