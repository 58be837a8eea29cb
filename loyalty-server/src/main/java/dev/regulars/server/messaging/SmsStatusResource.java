package dev.regulars.server.messaging;

import dev.regulars.server.platform.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The SMS gateway's delivery reports: {@code POST /api/v1/messaging/sms-status} {"reference": our message id,
 * "status": "DELIVERED"|"FAILED", "error": optional}, with the shared secret in X-Regulars-Secret.
 */
@Path("v1/messaging/sms-status")
public class SmsStatusResource {

    /** A gateway's report. */
    public record Report(String reference, String status, String error) {
    }

    @Inject
    private DeliveryReports reports;
    @Inject
    private MessagingSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@HeaderParam("X-Regulars-Secret") String secret, Report report) {
        if (settings.smsCallbackSecret().isEmpty() || !settings.smsCallbackSecret().get().equals(secret)) {
            throw new ApiException(Response.Status.UNAUTHORIZED, "bad_secret",
                    "Send the gateway's shared secret in X-Regulars-Secret");
        }
        if (report == null || report.reference() == null || !report.reference().matches("\\d{1,18}")
                || !("DELIVERED".equals(report.status()) || "FAILED".equals(report.status()))) {
            throw ApiException.badRequest("Send {\"reference\": the message id, \"status\": DELIVERED|FAILED}");
        }
        if (!reports.record(Long.parseLong(report.reference()), "DELIVERED".equals(report.status()), report.error())) {
            throw new ApiException(Response.Status.NOT_FOUND, "unknown_message", "No SMS has this reference");
        }
        return Response.noContent().build();
    }
}
