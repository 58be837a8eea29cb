package dev.regulars.core.sync;

import dev.regulars.core.rules.ProgramRules;
import java.util.List;

/**
 * What {@code GET /api/v1/sync/changes?since=cursor} answers: everything the till caches that changed after the
 * cursor, and the cursor to ask with next time. {@code hasMore} says another page is waiting right now.
 *
 * @param catalog    products changed since the cursor, inactive ones included (the till drops them)
 * @param categories every category of the business, when any changed since the cursor (the till replaces its
 *                   list with it); empty when none changed, and in what an older server sends
 * @param store      the till's store as it is now, on every page; null from an older server
 */
public record ChangesPage(long cursor, boolean hasMore, ProgramRules rules, List<CustomerCacheRow> customers,
                          List<CatalogItem> catalog, List<CashierRecord> cashiers, List<CatalogCategory> categories,
                          StoreDetails store) {

    public ChangesPage {
        customers = customers == null ? List.of() : customers;
        catalog = catalog == null ? List.of() : catalog;
        cashiers = cashiers == null ? List.of() : cashiers;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A page without categories or store details, as the first version of the protocol had it. */
    public ChangesPage(long cursor, boolean hasMore, ProgramRules rules, List<CustomerCacheRow> customers,
                       List<CatalogItem> catalog, List<CashierRecord> cashiers) {
        this(cursor, hasMore, rules, customers, catalog, cashiers, List.of(), null);
    }
}
