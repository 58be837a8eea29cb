package dev.regulars.server.staff;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.messaging.MessagingSettings;
import dev.regulars.server.messaging.Outbox;
import dev.regulars.server.platform.EmailAddresses;
import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The owner's staff management: invite by e-mail (the person sets their own password from a link valid 72 hours,
 * once), change a role, deactivate and reactivate. A business always keeps an active owner. Every change is in the
 * staff audit. Errors are {@link IllegalArgumentException} with a message for the owner.
 */
@ApplicationScoped
public class StaffAccounts {

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALID = Duration.ofHours(72);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private StaffDirectory directory;
    @Inject
    private StaffAudit audit;
    @Inject
    private Outbox outbox;
    @Inject
    private MessagingSettings settings;
    @Inject
    private Clock clock;
    @Inject
    private StaffStores stores;

    /** The business's staff, by name. */
    public List<StaffUser> of(String businessId) {
        return em.createQuery("SELECT s FROM StaffUser s WHERE s.businessId = :b ORDER BY s.name", StaffUser.class)
                .setParameter("b", businessId).getResultList();
    }

    /**
     * Creates the account, shut until its password is set, and e-mails the invitation.
     *
     * @param limit the stores the person may see and manage ({@link StaffStores#chosen}); ALL for an owner
     * @return the invitation link (also e-mailed), for the owner to pass on when mail does not arrive
     */
    @Transactional
    public String invite(StaffUser owner, String name, String email, StaffRole role, StoreLimit limit) {
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new Problem("staff.error.name");
        }
        if (!EmailAddresses.isValid(cleanEmail)) {
            throw new Problem("error.notAnEmail", cleanEmail);
        }
        if (role == null) {
            throw new Problem("staff.error.chooseRole");
        }
        if (role == StaffRole.OWNER && limit.isLimited()) {
            throw new Problem("staff.error.ownerLimited");
        }
        Instant now = clock.instant();
        StaffUser invited = directory.byEmail(cleanEmail).orElse(null);
        if (invited != null && (invited.hasPassword() || !invited.businessId().equals(owner.businessId()))) {
            throw new Problem("staff.error.hasAccount", cleanEmail);
        }
        if (invited == null) {
            invited = StaffUser.invited(owner.businessId(), cleanEmail, cleanName, directory.hash(Secrets.newToken()),
                    role, now);
            em.persist(invited);
        } else {
            // invited before and not taken up: a new link replaces the old ones, with the name and role given now
            invited.rename(cleanName);
            invited.role(role);
            invited.deactivatedAt(null);
            em.createNativeQuery("UPDATE staff_invitation SET used_at = ? WHERE staff_id = ? AND used_at IS NULL")
                    .setParameter(1, utc(now)).setParameter(2, invited.id()).executeUpdate();
        }
        stores.write(invited.id(), limit);
        String token = Secrets.newToken();
        em.createNativeQuery("INSERT INTO staff_invitation (token_hash, staff_id, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, Secrets.sha256Hex(token)).setParameter(2, invited.id())
                .setParameter(3, utc(now)).setParameter(4, utc(now.plus(INVITATION_VALID))).executeUpdate();
        String link = settings.publicUrl() + "/staff/welcome?token=" + token;
        outbox.enqueue(new Outbox.Draft(owner.businessId(), null, Channel.EMAIL, cleanEmail, "en",
                owner.name() + " invites you to the Regulars admin",
                "Hello " + cleanName + ",\n\n" + owner.name() + " has given you an account in the Regulars admin as "
                        + role.name().toLowerCase(Locale.ROOT) + ". Choose your password here (the link works once,"
                        + " for 72 hours):\n\n" + link + "\n\nThen log in with " + cleanEmail + ".",
                "invite:" + Secrets.sha256Hex(token)));
        audit.record(owner, "staff.invite", invited.id(), cleanEmail + " as " + role
                + (limit.isLimited() ? " for stores " + String.join(", ", limit.storeIds()) : ""));
        return link;
    }

    /**
     * A new owner loses any limit to stores (an owner sees every store).
     *
     * @throws IllegalArgumentException when it would leave the business without an active owner
     */
    @Transactional
    public void changeRole(StaffUser owner, String staffId, StaffRole role) {
        StaffUser staff = lock(owner, staffId);
        if (staff.role() == StaffRole.OWNER && role != StaffRole.OWNER) {
            requireAnotherOwner(owner.businessId(), staff, "takeRole");
        }
        staff.role(role);
        if (role == StaffRole.OWNER) {
            stores.write(staffId, StoreLimit.ALL); // an owner sees every store
        }
        audit.record(owner, "staff.role", staffId, staff.email() + " is now " + role);
    }

    /** Deactivated staff cannot log in. */
    @Transactional
    public void setActive(StaffUser owner, String staffId, boolean active) {
        StaffUser staff = lock(owner, staffId);
        if (!active && staff.role() == StaffRole.OWNER) {
            requireAnotherOwner(owner.businessId(), staff, "deactivate");
        }
        staff.deactivatedAt(active ? null : clock.instant());
        audit.record(owner, active ? "staff.reactivate" : "staff.deactivate", staffId, staff.email());
    }

    /**
     * Sets the password of an invited person from their link.
     *
     * @return the account's e-mail, to log in with
     * @throws IllegalArgumentException for a link that is unknown, used or expired, or a password under 10 characters
     */
    @Transactional
    public String acceptInvitation(String token, String password) {
        Object[] row = invitation(token);
        if (password == null || password.strip().length() < 10 || password.length() > 200) {
            throw new Problem("staff.error.password");
        }
        StaffUser staff = em.find(StaffUser.class, row[0], LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        staff.passwordSet(directory.hash(password), now);
        em.createNativeQuery("UPDATE staff_invitation SET used_at = ? WHERE token_hash = ?")
                .setParameter(1, utc(now)).setParameter(2, Secrets.sha256Hex(token)).executeUpdate();
        return staff.email();
    }

    /**
     * The invited person's name, for the welcome page.
     *
     * @throws IllegalArgumentException for a link that is unknown, used or expired
     */
    public String invitedName(String token) {
        return em.find(StaffUser.class, invitation(token)[0]).name();
    }

    private Object[] invitation(String token) {
        if (token == null || token.length() > 100) {
            throw new Problem("staff.error.linkIncomplete");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.staff_id, i.expires_at, i.used_at, s.deactivated_at"
                + " FROM staff_invitation i JOIN staff_user s ON s.id = i.staff_id WHERE i.token_hash = ?")
                .setParameter(1, Secrets.sha256Hex(token)).getResultList();
        if (rows.isEmpty()) {
            throw new Problem("staff.error.linkUnknown");
        }
        Object[] row = rows.get(0);
        if (row[3] != null) {
            throw new Problem("staff.error.linkWithdrawn");
        }
        LocalDateTime expires = row[1] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) row[1];
        if (row[2] != null || expires.toInstant(ZoneOffset.UTC).isBefore(clock.instant())) {
            throw new Problem("staff.error.linkSpent");
        }
        return row;
    }

    private StaffUser lock(StaffUser owner, String staffId) {
        StaffUser staff = staffId == null ? null : em.find(StaffUser.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (staff == null || !staff.businessId().equals(owner.businessId())) {
            throw new Problem("staff.error.noSuchStaff");
        }
        return staff;
    }

    /** @param what "takeRole" or "deactivate": what cannot be done to the only owner (staff.error.onlyOwner.*) */
    private void requireAnotherOwner(String businessId, StaffUser staff, String what) {
        long others = em.createQuery("SELECT COUNT(s) FROM StaffUser s WHERE s.businessId = :b AND s.role = :o"
                        + " AND s.deactivatedAt IS NULL AND s.id <> :me", Long.class)
                .setParameter("b", businessId).setParameter("o", StaffRole.OWNER).setParameter("me", staff.id())
                .getSingleResult();
        if (others == 0) {
            throw new Problem("staff.error.onlyOwner." + what);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
