package dev.regulars.server.platform;

import jakarta.ws.rs.core.Response.Status;

/** A refusal the client can do something about; its message is shown to a person as it is. */
public class ApiException extends RuntimeException {

    private final Status status;
    private final String error;

    public ApiException(Status status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST, "bad_request", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Status.UNAUTHORIZED, "unauthorized", message);
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }
}
