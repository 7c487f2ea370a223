package dev.courier.gateway.stubs;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The stand-ins the gateway tests deploy in place of the real services. */
public final class GatewayDeployments {

    private GatewayDeployments() {}

    public static WebArchive orderServiceStub() {
        return stub("order", OrderServiceStub.class, OrderServiceStub.Resources.class);
    }

    public static WebArchive inventoryServiceStub() {
        return stub("inventory", InventoryServiceStub.class, InventoryServiceStub.Products.class);
    }

    private static WebArchive stub(String contextRoot, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, contextRoot + "-stub.war")
                .addClasses(classes)
                .addClass(StubBehaviour.class)
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><context-root>/" + contextRoot + "</context-root></jboss-web>"),
                        "jboss-web.xml");
    }
}
