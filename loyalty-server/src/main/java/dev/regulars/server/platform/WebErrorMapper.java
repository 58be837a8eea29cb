package dev.regulars.server.platform;

import dev.regulars.core.sync.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Framework refusals (404, 405, 415 ...) answer in the same JSON shape as ours. */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        String message = switch (original.getStatus()) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "this resource answers application/json only";
            case 415 -> "send the body as application/json";
            default -> original.getStatusInfo().getReasonPhrase();
        };
        return Response.status(original.getStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(original.getStatusInfo().getReasonPhrase().toLowerCase().replace(' ', '_'),
                        message))
                .build();
    }
}
