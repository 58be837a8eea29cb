package dev.regulars.server.catalog;

import dev.regulars.server.platform.ApiException;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.TerminalAuthenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/sync/catalog-images/{sha256}}: a product picture of the till's business, by the hash the
 * catalog names it with (docs/API.md). The hash is the content, so the answer may be kept for good.
 */
@Path("v1/sync/catalog-images")
@TerminalAuthenticated
public class CatalogImageResource {

    /** A year, and never revalidated: a picture with other bytes has another address. */
    private static final int A_YEAR = 365 * 24 * 3600;

    @Inject
    private ProductImages images;
    @Context
    private ContainerRequestContext request;

    @GET
    @Path("{sha256}")
    public Response image(@PathParam("sha256") String sha256) {
        AuthenticatedTerminal terminal = (AuthenticatedTerminal) request.getProperty(AuthenticatedTerminal.PROPERTY);
        ProductImages.Image image = images.find(terminal.businessId(), sha256).orElseThrow(() -> new ApiException(
                Response.Status.NOT_FOUND, "unknown_image", "The catalog has no picture "
                + (sha256.length() > 64 ? sha256.substring(0, 64) + "..." : sha256)));
        return Response.ok(image.bytes(), image.contentType())
                .header("Cache-Control", "public, max-age=" + A_YEAR + ", immutable")
                .tag(new EntityTag(sha256)).build();
    }
}
