package dev.courier.payment.payments.boundary;

import dev.courier.payment.payments.control.Ledger;
import dev.courier.support.openapi.ProblemResponses;
import dev.courier.support.paging.Page;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Charges and refunds over HTTP: {@code /payment/api/payments?orderId=} or {@code ?userId=}. */
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    @Inject
    Ledger ledger;

    @GET
    @Operation(summary = "The payments of an order or of a user, newest first", description = "Name orderId or userId.")
    @APIResponse(responseCode = "200", description = "A page of payments")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Page<PaymentView> list(
            @QueryParam("orderId") UUID orderId,
            @QueryParam("userId") UUID userId,
            @Valid @BeanParam PageRequest page) {
        if (orderId != null) {
            return ledger.ofOrder(orderId, page).map(PaymentView::of);
        }
        if (userId != null) {
            return ledger.ofUser(userId, page).map(PaymentView::of);
        }
        throw new ProblemException(400, "Invalid request", "Name the payments to list: orderId or userId.");
    }
}
