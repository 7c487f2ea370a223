package dev.courier.fault.injector;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Deployed by the fault tests only: sends messages no listener can decode into a chain queue,
 * as a broken or hostile producer would, so that the tests can watch them end in dead letters.
 */
@Path("poison")
@RequestScoped // a bean, so that the container injects it
public class PoisonInjector {

    @ApplicationPath("/")
    public static class Injector extends Application {}

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connections;

    @POST
    @Path("{queue}")
    public void send(@PathParam("queue") String queue, @QueryParam("count") int count) throws NamingException {
        Queue destination = InitialContext.doLookup("java:/jms/queue/" + queue);
        try (JMSContext context = connections.createContext()) {
            for (int i = 0; i < count; i++) {
                context.createProducer()
                        .setProperty("type", "Poison")
                        .send(destination, "{\"not\": \"an event\", \"n\": " + i);
            }
        }
    }
}
