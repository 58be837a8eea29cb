package dev.regulars.server.staff;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.stores.BusinessLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which stores each member of staff may see and manage (staff_user_store, V40; the rule is {@link StoreLimit}).
 * Read afresh on every request, like the role, so a change counts at the person's next click.
 */
@ApplicationScoped
public class StaffStores {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private StaffDirectory directory;
    @Inject
    private BusinessLines lines;
    @Inject
    private StaffAudit audit;

    /** The stores of the logged-in member of staff. */
    public StoreLimit current() {
        return of(directory.current());
    }

    /** An owner is never limited, whatever rows there are. */
    public StoreLimit of(StaffUser staff) {
        if (staff.role() == StaffRole.OWNER) {
            return StoreLimit.ALL;
        }
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT store_id FROM staff_user_store WHERE staff_id = ?")
                .setParameter(1, staff.id()).getResultList();
        return new StoreLimit(new HashSet<>(ids));
    }

    /** The stores each of these members of staff is limited to (absent: all stores). */
    public Map<String, Set<String>> limitsOf(Collection<String> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = query(staffIds);
        return rows.stream().collect(Collectors.groupingBy(r -> (String) r[0],
                Collectors.mapping(r -> (String) r[1], Collectors.toSet())));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(Collection<String> staffIds) {
        var query = em.createNativeQuery("SELECT staff_id, store_id FROM staff_user_store WHERE staff_id IN ("
                + staffIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")");
        int i = 1;
        for (String id : staffIds) {
            query.setParameter(i++, id);
        }
        return query.getResultList();
    }

    /** The business's stores with their lines, to choose from. */
    public List<StoreLimit.Choice> choices(String businessId) {
        return lines.storesOf(businessId).stream().map(s -> new StoreLimit.Choice(s.storeId(), s.storeName(),
                s.lineId(), s.lineName())).toList();
    }

    /**
     * The owner's choice checked against the business's stores ({@link StoreLimit#chosen}).
     *
     * @throws Problem in words for the owner
     */
    public StoreLimit chosen(String businessId, StaffRole role, boolean all, Collection<String> storeIds,
                             String lineId) {
        return StoreLimit.chosen(role, all, storeIds, lineId, choices(businessId));
    }

    /**
     * Limits a member of staff to some stores, or frees them (all stores); audited.
     *
     * @throws Problem staff.error.noSuchStaff, or a refusal of {@link StoreLimit#chosen}
     */
    @Transactional
    public void limit(StaffUser owner, String staffId, boolean all, Collection<String> storeIds, String lineId) {
        StaffUser staff = staffId == null ? null : em.find(StaffUser.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (staff == null || !staff.businessId().equals(owner.businessId())) {
            throw new Problem("staff.error.noSuchStaff");
        }
        StoreLimit limit = chosen(owner.businessId(), staff.role(), all, storeIds, lineId);
        write(staff.id(), limit);
        audit.record(owner, "staff.stores", staff.id(), staff.email() + (limit.isLimited()
                ? " limited to stores " + String.join(", ", limit.storeIds()) : " sees all stores"));
    }

    /** Replaces the rows of this member of staff, in the caller's transaction. */
    void write(String staffId, StoreLimit limit) {
        em.createNativeQuery("DELETE FROM staff_user_store WHERE staff_id = ?").setParameter(1, staffId)
                .executeUpdate();
        for (String storeId : limit.storeIds()) {
            em.createNativeQuery("INSERT INTO staff_user_store (staff_id, store_id) VALUES (?, ?)")
                    .setParameter(1, staffId).setParameter(2, storeId).executeUpdate();
        }
    }
}
