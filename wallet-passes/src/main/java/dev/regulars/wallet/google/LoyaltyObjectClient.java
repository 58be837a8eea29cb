package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes loyalty objects already in Google Wallet (Google Wallet API, {@code loyaltyObject.patch} and
 * {@code loyaltyObject.update}). The server calls it from its Wallet outbox, never inside a sale's transaction.
 */
public interface LoyaltyObjectClient {

    /** PATCH: only the fields in {@code fields} change. */
    UpdateResult patch(String objectId, ObjectNode fields);

    /** PUT: the object is replaced by this one. */
    UpdateResult update(GoogleLoyaltyObject object);

    /** The balance alone, with or without a notification to the phone ({@link GoogleLoyaltyObject#balancePatch}). */
    default UpdateResult patchBalance(String objectId, long points, String pointsLabel, boolean notify) {
        return patch(objectId, GoogleLoyaltyObject.balancePatch(points, pointsLabel, notify));
    }

    /**
     * What Google answered.
     *
     * @param outcome the kind of answer
     * @param status the HTTP status, 0 without an answer
     * @param message Google's error message, or empty
     */
    record UpdateResult(Outcome outcome, int status, String message) {

        /** The kinds of answer. */
        public enum Outcome {
            /** 200: the object changed. */
            UPDATED,
            /** 404: there is no such object (the customer never saved the card). */
            NOT_FOUND,
            /** 429, 5xx or no answer: try again later. */
            RETRY_LATER,
            /** Any other refusal (400, 403, a token the endpoint would not give): fix the request or the setup. */
            REJECTED
        }
    }
}
