package dev.courier.inventory.stock.control;

import dev.courier.contract.events.InventoryUpdated;

/** The events the inventory service announces; business code never touches JMS. */
public interface InventoryEvents {

    void inventoryUpdated(InventoryUpdated event);
}
