package dev.courier.payment.accounts.boundary;

import dev.courier.payment.accounts.control.Accounts;
import dev.courier.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Accounts over HTTP: {@code /payment/api/accounts/{userId}}. */
@Path("accounts/{userId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    /** Sets the balance: opens the account (201) or updates it (200). */
    @PUT
    public Response setBalance(
            @PathParam("userId") UUID userId, @NotNull @Valid BalanceUpdate body, @Context UriInfo uri) {
        Accounts.BalanceSet result = accounts.setBalance(userId, body.balance());
        AccountView view = AccountView.of(result.account());
        if (result.opened()) {
            return Response.created(uri.getAbsolutePath()).entity(view).build();
        }
        return Response.ok(view).build();
    }

    @GET
    public AccountView get(@PathParam("userId") UUID userId) {
        return accounts.find(userId)
                .map(AccountView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no account for this user."));
    }
}
