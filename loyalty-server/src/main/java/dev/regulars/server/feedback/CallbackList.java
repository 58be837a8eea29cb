package dev.regulars.server.feedback;

import dev.regulars.server.platform.InstantConverter;
import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The call backs waiting for a manager, a page at a time: open and taken tasks, the one due first at the top, with
 * what a manager needs to call (the customer of a merged record is the record it was merged into). A page costs two
 * queries whatever its size: the tasks with their visit, customer and taker, then the items of those visits.
 */
@ApplicationScoped
public class CallbackList {

    private static final String SELECT = """
            SELECT t.id, t.due_at, t.status, u.name, st.name, st.zone_id, tm.name, s.rung_up_at, s.due_minor,
                   s.currency, c.first_name, c.last_name, c.phone_e164, r.callback_phone, r.stars, r.comment,
                   t.rating_sale_id, t.customer_id
            FROM callback_task t
            JOIN rating r ON r.sale_id = t.rating_sale_id
            JOIN sale s ON s.id = t.rating_sale_id
            JOIN store st ON st.id = s.store_id
            JOIN terminal tm ON tm.id = s.terminal_id
            LEFT JOIN customer c0 ON c0.id = t.customer_id
            LEFT JOIN customer c ON c.id = COALESCE(c0.merged_into, c0.id)
            LEFT JOIN staff_user u ON u.id = t.taken_by
            WHERE t.business_id = ? AND t.status IN ('OPEN', 'TAKEN')""";

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Where a page starts: after the task due at {@code dueAt} with {@code id}. */
    public record After(Instant dueAt, long id) {
    }

    /** Up to {@code limit} waiting tasks of the business, due first at the top, after {@code after} (null: first). */
    public List<CallbackView> page(String businessId, After after, int limit) {
        Query query = em.createNativeQuery(SELECT
                + (after == null ? "" : " AND (t.due_at > ? OR (t.due_at = ? AND t.id > ?))")
                + " ORDER BY t.due_at, t.id LIMIT ?");
        int i = 1;
        query.setParameter(i++, businessId);
        if (after != null) {
            LocalDateTime due = new InstantConverter().convertToDatabaseColumn(after.dueAt());
            query.setParameter(i++, due).setParameter(i++, due).setParameter(i++, after.id());
        }
        query.setParameter(i, limit);
        return views(query);
    }

    /** Where the page after the task with this id starts (empty if the business has no such task). */
    public Optional<After> after(String businessId, long taskId) {
        CallbackTask task = em.find(CallbackTask.class, taskId);
        return task == null || !task.businessId().equals(businessId) ? Optional.empty()
                : Optional.of(new After(task.dueAt(), task.id()));
    }

    /** The task with this id if it belongs to the business and still waits for a call. */
    public Optional<CallbackView> waiting(String businessId, long taskId) {
        Query query = em.createNativeQuery(SELECT + " AND t.id = ?")
                .setParameter(1, businessId).setParameter(2, taskId);
        return views(query).stream().findFirst();
    }

    private List<CallbackView> views(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<String>> items = items(rows.stream().map(r -> (String) r[16]).toList());
        Instant now = clock.instant();
        List<CallbackView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Instant due = NativeValues.instant(r[1]);
            String name = ((r[10] == null ? "" : (String) r[10]) + " " + (r[11] == null ? "" : (String) r[11]))
                    .strip();
            views.add(new CallbackView(((Number) r[0]).longValue(), due, due.isBefore(now), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], NativeValues.instant(r[7]),
                    items.getOrDefault((String) r[16], List.of()), ((Number) r[8]).longValue(), (String) r[9],
                    name.isEmpty() ? null : name, r[17] != null ? (String) r[12] : (String) r[13],
                    ((Number) r[14]).intValue(), (String) r[15]));
        }
        return views;
    }

    /** "2 × Flat white" per sale, in the order rung up. */
    private Map<String, List<String>> items(List<String> saleIds) {
        Map<String, List<String>> items = new HashMap<>();
        if (saleIds.isEmpty()) {
            return items;
        }
        Query query = em.createNativeQuery("SELECT sale_id, quantity, name FROM sale_line WHERE sale_id IN ("
                + String.join(", ", Collections.nCopies(saleIds.size(), "?")) + ") ORDER BY sale_id, line_no");
        for (int i = 0; i < saleIds.size(); i++) {
            query.setParameter(i + 1, saleIds.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> lines = query.getResultList();
        for (Object[] line : lines) {
            items.computeIfAbsent((String) line[0], k -> new ArrayList<>())
                    .add(((Number) line[1]).intValue() + " × " + line[2]);
        }
        return items;
    }
}
