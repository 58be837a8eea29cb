package dev.regulars.server.stores;

import dev.regulars.server.platform.ApiException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Every call under /api/v1/sync must carry a paired till's bearer token. */
@Provider
@TerminalAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class TerminalAuthFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    private TerminalRegistry terminals;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER) || header.length() == BEARER.length()) {
            throw ApiException.unauthorized("This call needs the till's token: Authorization: Bearer <token>");
        }
        AuthenticatedTerminal terminal = terminals.authenticate(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> ApiException.unauthorized("This till token is not known; pair the till again"));
        request.setProperty(AuthenticatedTerminal.PROPERTY, terminal);
    }
}
