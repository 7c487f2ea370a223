package dev.courier.order.users.boundary;

import dev.courier.order.users.control.Users;
import dev.courier.order.users.entity.User;
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

/** Users over HTTP: {@code /order/api/users}. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @POST
    public Response register(@NotNull @Valid NewUser body, @Context UriInfo uri) {
        User user = users.register(body.name(), body.email());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(user.id().toString()).build())
                .entity(UserView.of(user))
                .build();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") UUID id) {
        return users.find(id)
                .map(UserView::of)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "There is no user with this id."));
    }
}
