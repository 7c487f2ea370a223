package dev.courier.gateway.signin.control;

import java.util.UUID;

/**
 * Who is calling, as the verified token says: the Courier customer it names ({@code null} when it
 * names none) and whether it carries the role {@code shop-admin}. A value, so that it can be taken
 * along into a request's asynchronous steps.
 */
public record Caller(UUID customer, boolean shopAdmin) {

    /** The role of a shop's customer: their own orders and user record. */
    public static final String CUSTOMER = "customer";

    /** The role of the people who run the shop: every order and user. */
    public static final String SHOP_ADMIN = "shop-admin";

    /** Whether this caller may read, or act for, the Courier user {@code userId}. */
    public boolean mayActFor(UUID userId) {
        return shopAdmin || (customer != null && customer.equals(userId));
    }
}
