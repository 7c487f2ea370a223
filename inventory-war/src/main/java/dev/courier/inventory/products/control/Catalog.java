package dev.courier.inventory.products.control;

import dev.courier.inventory.products.entity.Product;
import dev.courier.support.paging.Page;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.persistence.EntityLookup;
import dev.courier.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The product catalog: adds products, finds them, and sets or adds their stock. */
@ApplicationScoped
@Transactional
public class Catalog {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Product add(String name, BigDecimal price, int stock) {
        if (em.createNamedQuery(Product.COUNT_BY_NAME, Long.class)
                        .setParameter("name", name)
                        .getSingleResult()
                > 0) {
            throw new ProblemException(409, "Product exists", "A product with this name is already in the catalog.");
        }
        Product product = new Product(UUID.randomUUID(), name, price, stock);
        em.persist(product);
        return product;
    }

    public Optional<Product> find(UUID id) {
        return EntityLookup.found(em.find(Product.class, id));
    }

    public Page<Product> list(PageRequest request) {
        List<Product> items = em.createNamedQuery(Product.ALL, Product.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createNamedQuery(Product.COUNT, Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The products among {@code ids} that exist; unknown ids are simply absent. */
    public List<Product> withIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Product.BY_IDS, Product.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Product setStock(UUID id, int stock) {
        Product product = existing(id);
        product.setStock(stock);
        return product;
    }

    public Product addStock(UUID id, int quantity) {
        Product product = existing(id);
        if (!product.canAdd(quantity)) {
            throw new ProblemException(
                    409, "Stock limit", "The stock of a product can be at most " + Product.MAX_STOCK + ".");
        }
        product.addStock(quantity);
        return product;
    }

    private Product existing(UUID id) {
        return find(id).orElseThrow(() -> new ProblemException(404, "Not Found", "There is no product with this id."));
    }
}
