package dev.regulars.server.wallet;

import dev.regulars.wallet.apple.service.PassUpdates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Devices registered for passes' updates (table wallet_registration; PassKit web service, "Register a Pass for
 * Update Notifications" and "Unregister a Pass for Update Notifications").
 */
@ApplicationScoped
public class Registrations {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /**
     * Registers the device for the pass, or gives a known registration its new push token.
     *
     * @return true when the registration is new (201), false when it was known (200)
     */
    @Transactional
    public boolean register(String device, String serialNumber, String pushToken) {
        boolean known = !em.createNativeQuery("SELECT 1 FROM wallet_registration WHERE device_library_id = ?"
                        + " AND serial_number = ? FOR UPDATE").setParameter(1, device).setParameter(2, serialNumber)
                .getResultList().isEmpty();
        if (known) {
            em.createNativeQuery("UPDATE wallet_registration SET push_token = ? WHERE device_library_id = ?"
                            + " AND serial_number = ?").setParameter(1, pushToken).setParameter(2, device)
                    .setParameter(3, serialNumber).executeUpdate();
            return false;
        }
        // two first registrations at once: the second insert changes nothing and still answers 201, harmlessly
        em.createNativeQuery("INSERT INTO wallet_registration (device_library_id, serial_number, push_token,"
                        + " created_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE push_token = VALUES(push_token)")
                .setParameter(1, device).setParameter(2, serialNumber).setParameter(3, pushToken)
                .setParameter(4, WalletPasses.utc(clock.instant())).executeUpdate();
        return true;
    }

    /** The device no longer wants the pass's updates (it deleted the pass); unknown registrations are no error. */
    @Transactional
    public void unregister(String device, String serialNumber) {
        em.createNativeQuery("DELETE FROM wallet_registration WHERE device_library_id = ? AND serial_number = ?")
                .setParameter(1, device).setParameter(2, serialNumber).executeUpdate();
    }

    /** The passes the device registered for, with their update tags. */
    public List<PassUpdates.PassVersion> passesOf(String device) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.serial_number, p.update_tag FROM wallet_registration r"
                + " JOIN wallet_pass p ON p.serial_number = r.serial_number WHERE r.device_library_id = ?")
                .setParameter(1, device).getResultList();
        return rows.stream().map(r -> new PassUpdates.PassVersion((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}
