package dev.regulars.core.sync;

import java.util.List;

/** What {@code POST /api/v1/sync/refunds} answers: one outcome per refund, in the order sent. */
public record RefundsBatchResult(List<RefundOutcome> outcomes) {
}
