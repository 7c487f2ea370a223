package dev.courier.support.messaging;

import dev.courier.contract.events.ChainEvent;
import dev.courier.contract.events.EventType;
import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The body of every message-driven bean of the chain: decode the event its queue carries, hand it
 * to one service call, and on any failure apply {@link FailedDelivery the one failure policy}.
 * A subclass adds only its {@code @MessageDriven} queue, the event type and the call.
 */
public abstract class ChainEventListener<T extends ChainEvent> implements MessageListener {

    @Resource
    MessageDrivenContext context;

    protected abstract EventType<T> type();

    /** Applies the event, in the listener's transaction. */
    protected abstract void apply(T event);

    @Override
    public void onMessage(Message message) {
        try {
            apply(EventMessages.decode(message, type()));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }
}
