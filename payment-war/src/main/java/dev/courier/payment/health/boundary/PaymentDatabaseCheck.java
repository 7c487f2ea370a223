package dev.courier.payment.health.boundary;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;

import dev.courier.payment.PaymentResources;
import dev.courier.support.health.DatabaseCheck;

/** Ready only while the payment database answers. */
@Readiness
@ApplicationScoped
public class PaymentDatabaseCheck extends DatabaseCheck {

    @Resource(name = PaymentResources.DATABASE)
    DataSource dataSource;

    @Override
    protected String name() {
        return "payment-database";
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
