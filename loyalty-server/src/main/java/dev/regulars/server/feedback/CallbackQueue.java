package dev.regulars.server.feedback;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.ledger.Adjustments;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The managers' queue of call backs: a rating of 1 to 3 stars with someone to call (a customer, or an anonymous
 * visitor who left a number) becomes a task due within the store's SLA; a manager takes it and records the call,
 * optionally with goodwill points (through the ledger, with the reason, audited).
 */
@ApplicationScoped
public class CallbackQueue {

    /** The most goodwill points one call back may give, however many calls it takes. */
    public static final long MAX_GOODWILL = 1_000;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Adjustments adjustments;
    @Inject
    private StaffAudit audit;
    @Inject
    private Clock clock;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    /** Keeps the task in step with the (attached) rating: low -> a task, raised to 4 or 5 stars -> withdrawn. */
    void ratingChanged(Rating rating, Instant now) {
        CallbackTask task = taskOf(rating.saleId());
        boolean someoneToCall = rating.customerId() != null || rating.callbackPhone() != null;
        if (rating.isLow() && someoneToCall) {
            Instant due = now.plus(Duration.ofHours(em.find(Store.class, rating.storeId()).callbackSlaHours()));
            if (task == null) {
                em.persist(new CallbackTask(rating, now, due));
            } else {
                task.reopen(due);
            }
        } else if (task != null && !rating.isLow()) {
            task.withdraw(now);
        }
    }

    /** @throws IllegalArgumentException with words for the manager */
    @Transactional
    public void take(StaffUser staff, long taskId) {
        CallbackTask task = owned(staff, taskId);
        try {
            task.take(staff.id(), clock.instant());
        } catch (IllegalStateException e) {
            throw new Problem("callback.error.done");
        }
    }

    /**
     * Records a call. Goodwill points (0 to {@link #MAX_GOODWILL}) go to the customer through the ledger as an
     * adjustment whose reason names the call back.
     *
     * @throws IllegalArgumentException with words for the manager
     */
    @Transactional
    public void record(StaffUser staff, long taskId, CallbackOutcome outcome, String note, long goodwillPoints) {
        if (outcome == null) {
            throw new Problem("callback.error.chooseOutcome");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw new Problem("callback.error.noteTooLong");
        }
        if (goodwillPoints < 0 || goodwillPoints > MAX_GOODWILL) {
            throw new Problem("callback.error.goodwillRange", String.valueOf(MAX_GOODWILL));
        }
        if (goodwillPoints > 0 && !outcome.reached()) {
            throw new Problem("callback.error.goodwillNotReached");
        }
        CallbackTask task = owned(staff, taskId);
        if (task.goodwillPoints() + goodwillPoints > MAX_GOODWILL) {
            throw new Problem("callback.error.goodwillTotal", String.valueOf(MAX_GOODWILL),
                    String.valueOf(task.goodwillPoints()));
        }
        if (goodwillPoints > 0) {
            Customer customer = task.customerId() == null ? null
                    : customers.byId(staff.businessId(), task.customerId()).orElse(null);
            if (customer == null) {
                throw new Problem("callback.error.goodwillNoCard");
            }
            adjustments.adjust(staff, customer, goodwillPoints, "goodwill after a call back: " + outcome.words());
        }
        try {
            task.record(outcome, text.isEmpty() ? null : text, goodwillPoints, staff.id(), clock.instant());
        } catch (IllegalStateException e) {
            throw new Problem("callback.error.done");
        }
        String details = outcome.words() + (goodwillPoints > 0 ? ", +" + goodwillPoints + " points" : "")
                + (text.isEmpty() ? "" : ": " + text);
        audit.record(staff, "CALLBACK_RECORDED", task.ratingSaleId(),
                details.length() > 500 ? details.substring(0, 499) + "…" : details);
    }

    private CallbackTask owned(StaffUser staff, long taskId) {
        if (staff.role() != StaffRole.OWNER && staff.role() != StaffRole.MANAGER) {
            throw new Problem("callback.error.notManager");
        }
        CallbackTask task = em.find(CallbackTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !task.businessId().equals(staff.businessId())) {
            throw new Problem("callback.error.noSuchTask");
        }
        staffStores.of(staff).require(task.storeId()); // a manager of the bakery does not close the café's
        return task;
    }

    private CallbackTask taskOf(String saleId) {
        return em.createQuery("SELECT t FROM CallbackTask t WHERE t.ratingSaleId = :s", CallbackTask.class)
                .setParameter("s", saleId).getResultStream().findFirst().orElse(null);
    }
}
