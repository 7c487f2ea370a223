package dev.courier.payment.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.payment.accounts.control.Accounts;
import dev.courier.payment.demo.control.DemoAccounts;
import dev.courier.testing.Deployments;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts inside the server, against the payment service's own database. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive payment() {
        return Deployments.builtWar("payment");
    }

    @Inject
    Accounts accounts;

    @Inject
    DemoAccounts demo;

    @Test
    void settingABalanceOpensTheAccountOnceThenUpdatesIt() {
        UUID userId = UUID.randomUUID();

        assertTrue(accounts.setBalance(userId, new BigDecimal("10")).opened());
        assertFalse(accounts.setBalance(userId, new BigDecimal("25.5")).opened());

        assertEquals(
                new BigDecimal("25.50"), accounts.find(userId).orElseThrow().balance());
    }

    @Test
    void demoAccountsOpenOnceAndOnlyOnce() {
        demo.openMissing();

        assertEquals(0, demo.openMissing());
        DemoAccounts.BALANCES
                .keySet()
                .forEach(userId -> assertTrue(accounts.find(userId).isPresent()));
    }
}
