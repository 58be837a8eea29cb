package dev.regulars.server.customers;

import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.TerminalAuthenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Online identification of customers by the till, and linking cards to them (docs/API.md). */
@Path("v1/customers")
@TerminalAuthenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    private Identification identification;
    @Context
    private ContainerRequestContext request;

    @POST
    @Path("identify")
    public IdentifiedCustomer identify(IdentifyRequest identify) {
        return identification.identify(terminal(), identify);
    }

    @POST
    @Path("{customerId}/cards")
    public void link(@PathParam("customerId") String customerId, CardLink link) {
        UUID id;
        try {
            id = UUID.fromString(customerId);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"" + customerId + "\" is not a customer id");
        }
        identification.link(terminal(), id, link);
    }

    private AuthenticatedTerminal terminal() {
        return (AuthenticatedTerminal) request.getProperty(AuthenticatedTerminal.PROPERTY);
    }
}
