package dev.courier.order.users.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /users}. */
public record NewUser(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {
}
