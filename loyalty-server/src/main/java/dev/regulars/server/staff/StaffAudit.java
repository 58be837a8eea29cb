package dev.regulars.server.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An append-only record of what staff changed in the admin, in the caller's transaction. */
@ApplicationScoped
public class StaffAudit {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    public void record(StaffUser staff, String action, String subject, String details) {
        em.createNativeQuery("INSERT INTO staff_audit (business_id, staff_id, action, subject, details, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, staff.businessId()).setParameter(2, staff.id()).setParameter(3, action)
                .setParameter(4, subject)
                .setParameter(5, details.length() > 500 ? details.substring(0, 500) : details)
                .setParameter(6, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }
}
