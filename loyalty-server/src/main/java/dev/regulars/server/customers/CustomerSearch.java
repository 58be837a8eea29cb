package dev.regulars.server.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Customers found by name for the admin, a page at a time: the first name starts with the first word typed and,
 * when a second word is typed, the last name with it ("ann", "anna sm"). Read in the order of ix_customer_name
 * (first name, then id) from where the last page stopped, so every page is one short index range, however many
 * customers the business has.
 */
@ApplicationScoped
public class CustomerSearch {

    /** Customers a page shows. */
    public static final int PAGE = 20;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** A customer as the search lists them. */
    public record Found(String id, String firstName, String lastName, String phoneE164, int visits) {
    }

    /**
     * @param after the last customer of the page before (null: the first page)
     * @return up to {@link #PAGE} + 1 customers: one more than a page says there is a next one
     */
    public List<Found> byName(String businessId, String typed, Found after) {
        String[] words = typed.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        String first = escape(words[0]) + "%";
        String last = words.length > 1 ? escape(words[1]) + "%" : "%";
        var query = em.createNativeQuery("SELECT id, first_name, last_name, phone_e164, visits FROM customer"
                        + " WHERE business_id = ? AND merged_into IS NULL AND first_name LIKE ?"
                        + " AND (? = '%' OR last_name LIKE ?)"
                        + (after == null ? "" : " AND (first_name > ? OR (first_name = ? AND id > ?))")
                        + " ORDER BY first_name, id LIMIT " + (PAGE + 1))
                .setParameter(1, businessId).setParameter(2, first).setParameter(3, last).setParameter(4, last);
        if (after != null) {
            query.setParameter(5, after.firstName()).setParameter(6, after.firstName()).setParameter(7, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Found((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue())).toList();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
