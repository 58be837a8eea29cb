package dev.regulars.server.sales;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.server.catalog.CatalogFeed;
import dev.regulars.server.customers.CustomerCards;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.messaging.MessagingSettings;
import dev.regulars.server.stores.ProgramVersion;
import dev.regulars.server.stores.Store;
import dev.regulars.server.tillstaff.TillStaffFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What changed for a till since its cursor: customers of its business (an erased one as a row that tells the till
 * to forget them), catalog (CatalogFeed), its store's till
 * people (TillStaffFeed: till managers, and the deactivated so tills forget them), rules; and its store's details on
 * every page (they are small, and the public URL in them is a server setting that changes without any row changing).
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int MAX_PAGE = 5_000;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerCards cards;
    @Inject
    private CatalogFeed catalog;
    @Inject
    private TillStaffFeed tillStaff;
    @Inject
    private MessagingSettings settings;

    @Transactional
    public ChangesPage since(AuthenticatedTerminal terminal, long cursor, int limit) {
        String business = terminal.businessId();
        // Read first: every later read of this transaction sees the same snapshot (InnoDB REPEATABLE READ), so
        // nothing committed after this value is missed and nothing before it is left out.
        long latest = latestSeq(business, cursor);
        List<Listed> customers = listed("c.businessId = :b AND c.changeSeq > :s ORDER BY c.changeSeq", limit + 1,
                "b", business, "s", cursor);
        boolean hasMore = customers.size() > limit;
        if (hasMore) {
            customers = new java.util.ArrayList<>(customers.subList(0, limit));
            // rows changed in one transaction share a number: never cut such a group, or the cursor would skip
            // the rest of it
            long last = customers.get(customers.size() - 1).changeSeq();
            java.util.Set<String> have = new java.util.HashSet<>();
            customers.forEach(c -> have.add(c.id()));
            listed("c.businessId = :b AND c.changeSeq = :s", 0, "b", business, "s", last).stream()
                    .filter(c -> !have.contains(c.id())).forEach(customers::add);
        }
        if (!customers.isEmpty()) {
            // records merged into a changed customer: their phones must show the new figures too
            java.util.Set<String> listed = new java.util.HashSet<>();
            customers.forEach(c -> listed.add(c.id()));
            // IS NOT NULL lets MariaDB read the few merged records from the index: merged_into is NULL for nearly
            // every customer, so for a page's long IN list alone its statistics chose a scan of the whole table
            // (1.7 s a page with a million customers)
            List<Listed> aliases = listed("c.mergedInto IS NOT NULL AND c.mergedInto IN :ids", 0,
                    "ids", List.copyOf(listed));
            customers = new java.util.ArrayList<>(customers);
            for (Listed alias : aliases) {
                if (!listed.contains(alias.id())) {
                    customers.add(alias);
                }
            }
        }
        CatalogFeed.Changes products = catalog.since(business, cursor);
        ProgramRules rules = em.createQuery(
                        "SELECT v FROM ProgramVersion v WHERE v.businessId = :b ORDER BY v.version DESC",
                        ProgramVersion.class)
                .setParameter("b", business).setMaxResults(1).getResultStream()
                .findFirst().map(ProgramVersion::rules).orElse(null);

        long next = hasMore ? customers.get(customers.size() - 1).changeSeq() : latest;
        List<Listed> shown = customers.stream().map(this::shown).toList();
        Map<String, List<String>> cardNumbers = cards.numbersOf(shown.stream().map(Listed::id).distinct().toList());
        List<CustomerCacheRow> rows = new java.util.ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            Listed s = shown.get(i);
            if (s.erased()) {
                // tills forget them, as they learn a merge: by this row; a first pull has nobody to forget
                if (cursor > 0) {
                    rows.add(CustomerCacheRow.erasedCustomer(UUID.fromString(s.id())));
                }
                continue;
            }
            rows.add(new CustomerCacheRow(UUID.fromString(s.id()), customers.get(i).phoneHmac(), s.firstName(),
                    s.pointsBalance(), s.tier(), s.referralDiscountDue(), cardNumbers.getOrDefault(s.id(), List.of())));
        }
        return new ChangesPage(next, hasMore, rules, rows, products.items(),
                tillStaff.since(terminal.storeId(), cursor), products.categories(),
                em.find(Store.class, terminal.storeId()).details(settings.publicUrl()));
    }

    /** A merged record's phone leads to the record it was merged into. */
    private Listed shown(Listed c) {
        return c.mergedInto() == null ? c : listed("c.id = :id", 0, "id", c.mergedInto()).get(0);
    }

    /**
     * What a till is sent of a customer, read as columns rather than as entities: a page's 5,000 entities of some
     * 25 columns each were built, registered with the persistence context and compared again at the commit, for
     * the columns here; and these are all in the index the page is read by (V33), so MariaDB reads no row.
     */
    record Listed(String id, String phoneHmac, String firstName, long pointsBalance, String tier,
                  boolean referralDiscountDue, String mergedInto, long changeSeq, boolean erased) {
    }

    /**
     * Customers matching {@code where} (JPQL on {@code Customer c}), at most {@code max} (0: all).
     *
     * @param parameters names and values, alternating
     */
    private List<Listed> listed(String where, int max, Object... parameters) {
        var query = em.createQuery("SELECT c.id, c.phoneHmac, c.firstName, c.pointsBalance, c.tier,"
                + " c.referralDiscountDue, c.mergedInto, c.changeSeq, c.erasedAt FROM Customer c WHERE " + where,
                Object[].class);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        if (max > 0) {
            query.setMaxResults(max);
        }
        List<Listed> rows = new java.util.ArrayList<>();
        for (Object[] r : query.getResultList()) {
            rows.add(new Listed((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    (String) r[4], truth(r[5]), (String) r[6], ((Number) r[7]).longValue(), r[8] != null));
        }
        return rows;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** The newest committed change number: everything up to it has now been read. */
    private long latestSeq(String business, long cursor) {
        List<?> rows = em.createNativeQuery("SELECT last_value FROM change_sequence WHERE business_id = ?")
                .setParameter(1, business).getResultList();
        long latest = rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
        return Math.max(latest, cursor);
    }
}
