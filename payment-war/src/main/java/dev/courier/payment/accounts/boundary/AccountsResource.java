package dev.courier.payment.accounts.boundary;

import dev.courier.payment.accounts.control.Accounts;
import dev.courier.support.openapi.ProblemResponses;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Accounts over HTTP: {@code /payment/api/accounts/{userId}}. */
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
@Path("accounts/{userId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    /** Sets the balance: opens the account (201) or updates it (200). */
    @PUT
    @Operation(summary = "Set a user's balance: opens the account or updates it")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            headers = @Header(name = "Location", description = "The account's address"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response setBalance(
            @PathParam("userId") UUID userId,
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = BalanceUpdate.class)))
                    BalanceUpdate body,
            @Context UriInfo uri) {
        Accounts.BalanceSet result = accounts.setBalance(userId, body.balance());
        AccountView view = AccountView.of(result.account());
        if (result.opened()) {
            return Response.created(uri.getAbsolutePath()).entity(view).build();
        }
        return Response.ok(view).build();
    }

    @GET
    @Operation(summary = "A user's account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public AccountView get(@PathParam("userId") UUID userId) {
        return accounts.find(userId)
                .map(AccountView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no account for this user."));
    }
}
