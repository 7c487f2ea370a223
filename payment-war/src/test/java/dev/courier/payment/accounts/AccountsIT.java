package dev.courier.payment.accounts;

import static org.assertj.core.api.Assertions.assertThat;

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
        return Deployments.inContainer(Deployments.builtWar("payment"));
    }

    @Inject
    Accounts accounts;

    @Inject
    DemoAccounts demo;

    @Test
    void settingABalanceOpensTheAccountOnceThenUpdatesIt() {
        UUID userId = UUID.randomUUID();

        assertThat(accounts.setBalance(userId, new BigDecimal("10")).opened()).isTrue();
        assertThat(accounts.setBalance(userId, new BigDecimal("25.5")).opened()).isFalse();

        assertThat(accounts.find(userId).orElseThrow().balance()).isEqualTo(new BigDecimal("25.50"));
    }

    @Test
    void demoAccountsOpenOnceAndOnlyOnce() {
        demo.openMissing();

        assertThat(demo.openMissing()).isEqualTo(0);
        DemoAccounts.BALANCES
                .keySet()
                .forEach(userId -> assertThat(accounts.find(userId)).isPresent());
    }
}
