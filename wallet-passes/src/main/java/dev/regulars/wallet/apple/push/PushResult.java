package dev.regulars.wallet.apple.push;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What APNs answered to one push (Apple, "Handling notification responses from APNs").
 *
 * @param outcome the kind of answer
 * @param status the HTTP status, 0 when APNs could not be reached
 * @param reason APNs's reason string (e.g. {@code BadDeviceToken}), or the network error; empty on success
 * @param apnsId the {@code apns-id} APNs gave the push, or empty
 * @param unregisteredAt for 410, when APNs learned the token was no longer valid, if it said
 */
public record PushResult(Outcome outcome, int status, String reason, String apnsId,
        Optional<Instant> unregisteredAt) {

    private static final Set<String> DEAD_TOKEN_REASONS = Set.of("BadDeviceToken", "DeviceTokenNotForTopic",
            "Unregistered", "ExpiredToken");

    /** The kinds of answer. */
    public enum Outcome {
        /** 200: APNs took the push. */
        DELIVERED,
        /** 410: the device no longer has the pass (or the token expired); drop the registration. */
        UNREGISTERED,
        /** 400: the request is wrong (a bad token, topic or payload); see the reason. */
        BAD_REQUEST,
        /** 403: the certificate or provider token was refused. */
        FORBIDDEN,
        /** 429: too many pushes to this device, or provider token updates; push again later. */
        TOO_MANY_REQUESTS,
        /** 5xx: APNs is unwell; push again later. */
        SERVER_ERROR,
        /** No answer: the connection failed or timed out; push again later. */
        UNREACHABLE,
        /** Any other status. */
        OTHER
    }

    /** Whether the caller should delete the device's registration: the push token will never work again. */
    public boolean dropRegistration() {
        return outcome == Outcome.UNREGISTERED
                || (outcome == Outcome.BAD_REQUEST && DEAD_TOKEN_REASONS.contains(reason));
    }

    /** Whether the same push may succeed later. */
    public boolean retryLater() {
        return outcome == Outcome.TOO_MANY_REQUESTS || outcome == Outcome.SERVER_ERROR
                || outcome == Outcome.UNREACHABLE;
    }

    static Outcome outcomeOf(int status) {
        if (status == 200) {
            return Outcome.DELIVERED;
        }
        if (status == 410) {
            return Outcome.UNREGISTERED;
        }
        if (status == 400) {
            return Outcome.BAD_REQUEST;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 429) {
            return Outcome.TOO_MANY_REQUESTS;
        }
        return status >= 500 && status < 600 ? Outcome.SERVER_ERROR : Outcome.OTHER;
    }
}
