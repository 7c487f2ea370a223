package dev.courier.bench.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Receives probe messages through the same MDB machinery and session count as the chain's
 * listeners (maxSession 15, the default), without a transaction or any work: the broker's limit.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsProbe.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "15")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProbeListener implements MessageListener {

    @Inject
    Received received;

    @Override
    public void onMessage(Message message) {
        try {
            message.getBody(String.class);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        received.one();
    }
}
