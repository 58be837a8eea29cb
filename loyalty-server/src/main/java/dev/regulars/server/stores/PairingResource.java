package dev.regulars.server.stores;

import dev.regulars.core.sync.PairingRequest;
import dev.regulars.core.sync.PairingResponse;
import dev.regulars.server.platform.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A till trades a one-time pairing code for its long-lived token. */
@Path("v1/terminals/pair")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {

    @Inject
    private TerminalRegistry terminals;

    @POST
    public PairingResponse pair(PairingRequest request) {
        if (request == null) {
            throw ApiException.badRequest("Send {\"code\": ..., \"terminalName\": ...}");
        }
        return terminals.pair(request.code(), request.terminalName());
    }
}
