package dev.courier.order.users.control;

import dev.courier.order.users.entity.User;
import dev.courier.support.persistence.EntityLookup;
import dev.courier.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Registers users and finds them. */
@ApplicationScoped
@Transactional
public class Users {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public User register(String name, String email) {
        String normalizedEmail = email.strip().toLowerCase(Locale.ROOT);
        if (em.createNamedQuery(User.COUNT_BY_EMAIL, Long.class)
                        .setParameter("email", normalizedEmail)
                        .getSingleResult()
                > 0) {
            throw new ProblemException(409, "User exists", "A user with this email address is already registered.");
        }
        User user = new User(UUID.randomUUID(), name.strip(), normalizedEmail);
        em.persist(user);
        return user;
    }

    public Optional<User> find(UUID id) {
        return EntityLookup.found(em.find(User.class, id));
    }
}
