package dev.regulars.core.sync;

import java.util.List;

/** What {@code POST /api/v1/sync/sales} takes. */
public record SalesBatch(List<SaleRecord> sales) {

    /** More than this in one request is refused; the till sends its backlog in several batches. */
    public static final int MAX_SALES = 500;
}
