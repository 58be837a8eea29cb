package dev.regulars.core.sync;

import dev.regulars.core.rules.ProgramRules;
import java.util.List;

/**
 * What {@code GET /api/v1/sync/changes?since=cursor} answers: everything the till caches that changed after the
 * cursor, and the cursor to ask with next time. {@code hasMore} says another page is waiting right now.
 */
public record ChangesPage(long cursor, boolean hasMore, ProgramRules rules, List<CustomerCacheRow> customers,
                          List<CatalogItem> catalog, List<CashierRecord> cashiers) {
}
