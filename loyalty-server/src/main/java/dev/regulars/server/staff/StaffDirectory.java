package dev.regulars.server.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Staff records, and the member of staff behind the current admin request. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private SecurityContext security;
    @Inject
    private Pbkdf2PasswordHash passwordHash;

    public Optional<StaffUser> byEmail(String email) {
        return em.createQuery("SELECT s FROM StaffUser s WHERE s.email = :e", StaffUser.class)
                .setParameter("e", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** The logged-in member of staff; the admin pages are only reachable logged in. */
    /** The names of these members of staff by id, in one query. */
    public java.util.Map<String, String> namesOf(java.util.Collection<String> staffIds) {
        if (staffIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT s FROM StaffUser s WHERE s.id IN :ids", StaffUser.class)
                .setParameter("ids", List.copyOf(staffIds)).getResultStream()
                .collect(java.util.stream.Collectors.toMap(StaffUser::id, StaffUser::name));
    }

    public StaffUser current() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("no member of staff is logged in");
        }
        return byEmail(caller.getName())
                .orElseThrow(() -> new IllegalStateException("the logged-in account no longer exists"));
    }

    /**
     * Whether this is the right password of a deactivated account: such a person is told their account was
     * deactivated rather than that they mistyped (only someone who knows the password learns it).
     */
    public boolean isDeactivatedWithPassword(String email, String password) {
        List<?> hashes = em.createNativeQuery("SELECT password_hash FROM staff_user WHERE email = ?"
                + " AND deactivated_at IS NOT NULL AND password_set_at IS NOT NULL").setParameter(1, email)
                .getResultList();
        if (hashes.isEmpty()) {
            return false;
        }
        passwordHash.initialize(StaffSecurity.HASH_PARAMETERS);
        return passwordHash.verify(password.toCharArray(), (String) hashes.get(0));
    }

    public String hash(String password) {
        if (password == null || password.length() < 10) {
            throw new IllegalArgumentException("a staff password has at least 10 characters");
        }
        passwordHash.initialize(StaffSecurity.HASH_PARAMETERS);
        return passwordHash.generate(password.toCharArray());
    }
}
