package dev.regulars.server.feedback;

import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.platform.InstantConverter;
import dev.regulars.server.platform.NativeValues;
import dev.regulars.server.sales.ReceiptLookup;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StoreLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The call backs waiting for a manager, a page at a time: open and taken tasks, the one due first at the top, with
 * what a manager needs to call (the customer of a merged record is the record it was merged into). A page reads
 * this context's tasks and ratings in one query, then the visits, customers and takers from their owners (sales'
 * ReceiptLookup, CustomerDirectory, StaffDirectory), each once for the whole page.
 */
@ApplicationScoped
public class CallbackList {

    private static final String SELECT = """
            SELECT t.id, t.due_at, t.status, t.taken_by, t.rating_sale_id, t.customer_id, r.callback_phone, r.stars,
                   r.comment
            FROM callback_task t JOIN rating r ON r.sale_id = t.rating_sale_id
            WHERE t.business_id = ? AND t.status IN ('OPEN', 'TAKEN')""";

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private ReceiptLookup receipts;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private StaffDirectory staff;

    /** Where a page starts: after the task due at {@code dueAt} with {@code id}. */
    public record After(Instant dueAt, long id) {
    }

    /**
     * Up to {@code limit} waiting tasks of the business at the reader's stores, due first at the top, after
     * {@code after} (null: first).
     */
    public List<CallbackView> page(String businessId, StoreLimit stores, After after, int limit) {
        Query query = em.createNativeQuery(SELECT + stores.sqlAnd("t.store_id")
                + (after == null ? "" : " AND (t.due_at > ? OR (t.due_at = ? AND t.id > ?))")
                + " ORDER BY t.due_at, t.id LIMIT ?");
        int i = 1;
        query.setParameter(i++, businessId);
        if (after != null) {
            LocalDateTime due = new InstantConverter().convertToDatabaseColumn(after.dueAt());
            query.setParameter(i++, due).setParameter(i++, due).setParameter(i++, after.id());
        }
        query.setParameter(i, limit);
        return views(businessId, query);
    }

    /** Where the page after the task with this id starts (empty if the business has no such task). */
    public Optional<After> after(String businessId, long taskId) {
        CallbackTask task = em.find(CallbackTask.class, taskId);
        return task == null || !task.businessId().equals(businessId) ? Optional.empty()
                : Optional.of(new After(task.dueAt(), task.id()));
    }

    /** The task with this id if it belongs to the business and the reader's stores and still waits for a call. */
    public Optional<CallbackView> waiting(String businessId, StoreLimit stores, long taskId) {
        Query query = em.createNativeQuery(SELECT + stores.sqlAnd("t.store_id") + " AND t.id = ?")
                .setParameter(1, businessId).setParameter(2, taskId);
        return views(businessId, query).stream().findFirst();
    }

    private List<CallbackView> views(String businessId, Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, ReceiptLookup.Receipt> visits = receipts.bySaleIds(
                rows.stream().map(r -> (String) r[4]).toList());
        Map<String, Customer> people = customers.byIds(businessId,
                rows.stream().map(r -> (String) r[5]).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> takers = staff.namesOf(
                rows.stream().map(r -> (String) r[3]).filter(Objects::nonNull).collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<CallbackView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ReceiptLookup.Receipt visit = visits.get((String) r[4]);
            if (visit == null) {
                continue; // a task is made only for a rating of a sale the server has
            }
            Instant due = NativeValues.instant(r[1]);
            Customer customer = r[5] == null ? null : people.get((String) r[5]);
            String name = customer == null ? "" : ((customer.firstName() == null ? "" : customer.firstName()) + " "
                    + (customer.lastName() == null ? "" : customer.lastName())).strip();
            views.add(new CallbackView(((Number) r[0]).longValue(), due, due.isBefore(now), (String) r[2],
                    r[3] == null ? null : takers.get((String) r[3]), visit.storeName(), visit.zoneId(),
                    visit.tillName(), visit.rungUpAt(), visit.items(), visit.dueMinor(), visit.currency(),
                    name.isEmpty() ? null : name, customer != null ? customer.phoneE164() : (String) r[6],
                    ((Number) r[7]).intValue(), (String) r[8]));
        }
        return views;
    }
}
