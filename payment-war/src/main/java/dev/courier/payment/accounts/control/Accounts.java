package dev.courier.payment.accounts.control;

import dev.courier.payment.accounts.entity.Account;
import dev.courier.support.persistence.EntityLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** Opens accounts and sets their balance. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** The outcome of setting a balance: the account, and whether it was opened by it. */
    public record BalanceSet(Account account, boolean opened) {}

    public BalanceSet setBalance(UUID userId, BigDecimal balance) {
        Account account = EntityLookup.found(em.find(Account.class, userId, LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
        if (account == null) {
            account = new Account(userId, balance);
            em.persist(account);
            return new BalanceSet(account, true);
        }
        account.setBalance(balance);
        return new BalanceSet(account, false);
    }

    public Optional<Account> find(UUID userId) {
        return EntityLookup.found(em.find(Account.class, userId));
    }
}
