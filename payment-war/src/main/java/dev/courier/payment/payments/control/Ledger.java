package dev.courier.payment.payments.control;

import dev.courier.payment.payments.entity.Payment;
import dev.courier.support.paging.Page;
import dev.courier.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The record of every charge and refund. */
@ApplicationScoped
@Transactional
public class Ledger {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    public Page<Payment> ofOrder(UUID orderId, PageRequest page) {
        return page(Payment.BY_ORDER, Payment.COUNT_BY_ORDER, "orderId", orderId, page);
    }

    public Page<Payment> ofUser(UUID userId, PageRequest page) {
        return page(Payment.BY_USER, Payment.COUNT_BY_USER, "userId", userId, page);
    }

    private Page<Payment> page(String query, String count, String parameter, UUID value, PageRequest page) {
        var items = em.createNamedQuery(query, Payment.class)
                .setParameter(parameter, value)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(count, Long.class)
                .setParameter(parameter, value)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
