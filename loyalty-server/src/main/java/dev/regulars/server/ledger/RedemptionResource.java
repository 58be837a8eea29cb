package dev.regulars.server.ledger;

import dev.regulars.core.sync.RedemptionGrant;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.TerminalAuthenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Online redemption: an online till takes points before completing a sale (docs/API.md). */
@Path("v1/redemptions")
@TerminalAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class RedemptionResource {

    @Inject
    private OnlineRedemptions redemptions;
    @Context
    private ContainerRequestContext request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RedemptionGrant take(RedemptionRequest redemption) {
        return redemptions.take(terminal(), redemption);
    }

    @DELETE
    @Path("{saleId}")
    public void release(@PathParam("saleId") String saleId) {
        redemptions.release(terminal(), saleId);
    }

    private AuthenticatedTerminal terminal() {
        return (AuthenticatedTerminal) request.getProperty(AuthenticatedTerminal.PROPERTY);
    }
}
