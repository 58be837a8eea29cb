package dev.regulars.core.sync;

import java.util.List;

/** What {@code POST /api/v1/sync/sales} answers: one outcome per sale, in the order sent. */
public record SalesBatchResult(List<SaleOutcome> outcomes) {
}
