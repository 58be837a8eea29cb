package dev.regulars.core.campaigns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who of an occurrence's audience is held out (gets nothing), so the report can compare treated customers with
 * held-out ones. The draw is uniform and deterministic for (occurrence, customer): a run resumed after a crash
 * draws the same, and the draw is recorded with each recipient anyway.
 */
public final class Holdout {

    private Holdout() {
    }

    /**
     * @param occurrenceId the campaign occurrence (run) id
     * @param share        the held-out share in basis points (0 to 10000; 1000 = 10 %)
     */
    public static boolean isHeldOut(long occurrenceId, String customerId, int share) {
        if (share < 0 || share > 10_000) {
            throw new IllegalArgumentException("a holdout share is 0 to 10000 basis points");
        }
        if (share == 0) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((occurrenceId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
            long draw = ((hash[0] & 0xFFL) << 24 | (hash[1] & 0xFFL) << 16 | (hash[2] & 0xFFL) << 8 | (hash[3] & 0xFFL))
                    % 10_000;
            return draw < share;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
