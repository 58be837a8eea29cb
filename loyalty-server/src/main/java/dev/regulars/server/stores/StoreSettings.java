package dev.regulars.server.stores;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The owner or a manager changes a store's name, time zone (campaign schedules, quiet hours and the admin's times
 * follow it) and call-back SLA (hours a manager has to call back a low rating; tasks made afterwards are due by
 * it). Audited.
 */
@ApplicationScoped
public class StoreSettings {

    /** The longest SLA: a week. */
    public static final int MAX_SLA_HOURS = 168;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private StaffAudit audit;

    /**
     * @param zone             an IANA time zone id such as Europe/Amsterdam
     * @param callbackSlaHours 1 to {@link #MAX_SLA_HOURS}
     * @throws Problem for a marketer, a store of another business, an empty or long name, an unknown zone, an SLA
     *                 out of range
     */
    @Transactional
    public void change(StaffUser staff, String storeId, String name, String zone, int callbackSlaHours) {
        if (staff.role() == StaffRole.MARKETER) {
            throw new Problem("stores.onlyManagers");
        }
        Store store = storeId == null ? null : em.find(Store.class, storeId, LockModeType.PESSIMISTIC_WRITE);
        if (store == null || !store.business().id().equals(staff.businessId())) {
            throw new Problem("stores.noSuchStore");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            throw new Problem("stores.name");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw new Problem("stores.zone", zone);
        }
        if (callbackSlaHours < 1 || callbackSlaHours > MAX_SLA_HOURS) {
            throw new Problem("stores.sla", MAX_SLA_HOURS);
        }
        String before = store.name() + ", " + store.zoneId() + ", " + store.callbackSlaHours() + " h";
        store.change(cleanName, zoneId, callbackSlaHours);
        audit.record(staff, "STORE_CHANGED", store.id(), before + " -> " + cleanName + ", " + zoneId.getId() + ", "
                + callbackSlaHours + " h");
    }
}
