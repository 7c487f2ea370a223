package dev.courier.inventory.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.courier.inventory.demo.control.DemoCatalog;
import dev.courier.inventory.products.control.Catalog;
import dev.courier.inventory.products.entity.Product;
import dev.courier.support.problem.ProblemException;
import dev.courier.testing.Deployments;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog's logic inside the server, against the inventory's own database. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static WebArchive inventory() {
        return Deployments.inContainer(Deployments.builtWar("inventory"));
    }

    @Inject
    Catalog catalog;

    @Inject
    DemoCatalog demo;

    @Test
    void stockIsSetAndAddedAndPersisted() {
        Product product = catalog.add("Kettle " + UUID.randomUUID(), new BigDecimal("45.00"), 3);

        catalog.addStock(product.id(), 7);
        catalog.setStock(product.id(), catalog.find(product.id()).orElseThrow().stock() + 1);

        assertThat(catalog.find(product.id()).orElseThrow().stock()).isEqualTo(11);
    }

    @Test
    void stockNeverGrowsPastTheLimit() {
        Product product = catalog.add("Scale " + UUID.randomUUID(), new BigDecimal("30.00"), Product.MAX_STOCK - 1);

        ProblemException refused =
                catchThrowableOfType(ProblemException.class, () -> catalog.addStock(product.id(), 2));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(catalog.find(product.id()).orElseThrow().stock()).isEqualTo(Product.MAX_STOCK - 1);
    }

    @Test
    void aSecondProductWithTheSameNameIsRefused() {
        String name = "Tamper " + UUID.randomUUID();
        catalog.add(name, new BigDecimal("19.00"), 1);

        ProblemException refused =
                catchThrowableOfType(ProblemException.class, () -> catalog.add(name, new BigDecimal("21.00"), 1));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void onlyExistingProductsAreFoundById() {
        Product product = catalog.add("Filter " + UUID.randomUUID(), new BigDecimal("4.20"), 9);

        List<Product> found = catalog.withIds(List.of(product.id(), UUID.randomUUID()));

        assertThat(found).isEqualTo(List.of(product));
    }

    @Test
    void demoDataLoadsOnceAndOnlyOnce() {
        demo.loadMissing();

        assertThat(demo.loadMissing()).isEqualTo(0);
        DemoCatalog.PRODUCTS.forEach(
                expected -> assertThat(catalog.find(expected.id()).isPresent())
                        .as(expected.name())
                        .isTrue());
    }
}
