package dev.courier.order.stubs;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The stand-ins the order tests deploy beside the order service (kept out of the stubs' own archives). */
public final class StubDeployments {

    private StubDeployments() {}

    /** {@link CatalogStub} at the inventory's context root. */
    public static WebArchive catalog() {
        return ShrinkWrap.create(WebArchive.class, "inventory-stub.war")
                .addClasses(
                        CatalogStub.class, CatalogStub.Products.class, CatalogStub.Held.class, CatalogStub.Answer.class)
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><context-root>/inventory</context-root></jboss-web>"),
                        "jboss-web.xml");
    }
}
