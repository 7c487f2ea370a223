package dev.courier.order.users.boundary;

import dev.courier.order.users.control.Users;
import dev.courier.order.users.entity.User;
import dev.courier.support.openapi.ProblemResponses;
import dev.courier.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Users over HTTP: {@code /order/api/users}. */
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final String NEW_USER_EXAMPLE = """
            {"name": "Ada Lovelace", "email": "ada@example.com"}""";

    @Inject
    Users users;

    @POST
    @Operation(summary = "Register a user")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers = @Header(name = "Location", description = "The user's address"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response register(
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = NewUser.class),
                                            examples = @ExampleObject(name = "a customer", value = NEW_USER_EXAMPLE)))
                    NewUser body,
            @Context UriInfo uri) {
        User user = users.register(body.name(), body.email());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(user.id().toString()).build())
                .entity(UserView.of(user))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A user")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public UserView get(@PathParam("id") UUID id) {
        return users.find(id)
                .map(UserView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no user with this id."));
    }
}
