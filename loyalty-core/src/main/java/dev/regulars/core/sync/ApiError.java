package dev.regulars.core.sync;

/** The body of every 4xx/5xx answer of the API: a machine-readable code and a sentence for a person. */
public record ApiError(String error, String message) {
}
