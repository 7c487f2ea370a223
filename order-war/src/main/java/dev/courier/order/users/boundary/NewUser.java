package dev.courier.order.users.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /users}. */
public record NewUser(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cc}]*", message = "must not contain control characters")
        String name,

        @NotBlank @Email @Size(max = 254) String email) {}
