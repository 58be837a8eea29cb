package dev.regulars.server.sales;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.RefundsBatch;
import dev.regulars.core.sync.RefundsBatchResult;
import dev.regulars.core.sync.SalesBatch;
import dev.regulars.core.sync.ShiftsBatch;
import dev.regulars.core.sync.ShiftsBatchResult;
import dev.regulars.core.sync.SalesBatchResult;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.TerminalAuthenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The till's side of the sync protocol (docs/API.md). */
@Path("v1/sync")
@TerminalAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    private SalesSync sales;
    @Inject
    private RefundsSync refunds;
    @Inject
    private ShiftsSync shifts;
    @Inject
    private ChangeFeed changes;
    @Context
    private ContainerRequestContext request;

    @POST
    @Path("sales")
    @Consumes(MediaType.APPLICATION_JSON)
    public SalesBatchResult pushSales(SalesBatch batch) {
        return sales.apply(terminal(), batch);
    }

    /** A till's closed shifts with their Z reports (docs/API.md, "Push shifts"). */
    @POST
    @Path("shifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ShiftsBatchResult pushShifts(ShiftsBatch batch) {
        return shifts.apply(terminal(), batch);
    }

    @POST
    @Path("refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public RefundsBatchResult pushRefunds(RefundsBatch batch) {
        return refunds.apply(terminal(), batch);
    }

    @GET
    @Path("changes")
    public ChangesPage changes(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        return changes.since(terminal(), parse("since", since, 0, Long.MAX_VALUE, 0),
                (int) parse("limit", limit, 1, ChangeFeed.MAX_PAGE, 1_000));
    }

    private AuthenticatedTerminal terminal() {
        return (AuthenticatedTerminal) request.getProperty(AuthenticatedTerminal.PROPERTY);
    }

    private static long parse(String name, String value, long min, long max, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", was \""
                + value + "\"");
    }
}
