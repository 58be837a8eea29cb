package dev.regulars.core.sync;

import java.util.List;

/** What {@code POST /api/v1/sync/refunds} takes. */
public record RefundsBatch(List<RefundRecord> refunds) {

    public static final int MAX_REFUNDS = 200;
}
