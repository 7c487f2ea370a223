package dev.courier.order.users.boundary;

import dev.courier.order.users.entity.User;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it. */
public record UserView(UUID id, String name, String email, Instant createdAt) {

    static UserView of(User user) {
        return new UserView(user.id(), user.name(), user.email(), user.createdAt());
    }
}
