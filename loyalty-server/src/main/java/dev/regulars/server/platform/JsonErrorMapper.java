package dev.regulars.server.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.regulars.core.sync.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON we expect is a 400 that says where and what, not a stack trace. */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("malformed_json", describe(e)))
                .build();
    }

    /** In words for whoever wrote the request, without the JSON library's internals. */
    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + echo(unknown.getPropertyName()) + "\" at " + path(unknown);
        }
        if (e instanceof InvalidFormatException bad && !bad.getPath().isEmpty()) {
            Class<?> type = bad.getTargetType();
            String allowed = type != null && type.isEnum()
                    ? ": one of " + java.util.Arrays.toString(type.getEnumConstants()) : expected(type);
            return "\"" + echo(String.valueOf(bad.getValue())) + "\" is not a valid value at " + path(bad) + allowed;
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "wrong or missing value at " + path(mismatch) + expected(mismatch.getTargetType());
        }
        String location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0]
                .replaceAll("\\s*\\(code -?\\d+\\)", "").replaceAll("\\s*\\(for [^)]*\\)", "");
        return "the body is not valid JSON" + location + (detail.contains("Feature") || detail.isBlank() ? ""
                : ": " + echo(detail));
    }

    /** What a field of this type takes, in words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return ": a whole number is required";
        }
        if (type == boolean.class || type == Boolean.class) {
            return ": true or false is required";
        }
        if (type == String.class) {
            return ": text is required";
        }
        if (type == java.time.Instant.class) {
            return ": a moment such as 2026-11-23T09:00:00Z is required";
        }
        if (type == java.time.MonthDay.class) {
            return ": a day and month such as --03-12 is required";
        }
        if (type == java.util.UUID.class) {
            return ": an id such as 3f2b8c1e-6a4d-4e8b-9f00-1c2d3e4f5a6b is required";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return ": a list is required";
        }
        return "";
    }

    private static String echo(String value) {
        return value == null ? "" : value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder("$");
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
