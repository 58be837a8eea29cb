package dev.regulars.server.stores;

import dev.regulars.core.rules.ProgramRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The rules of a business's program by version. A version is never edited (a change is a new version), so once
 * read and parsed it is kept: every synced batch prices with it, and reading its JSON each time cost more than the
 * pricing.
 */
@ApplicationScoped
public class ProgramVersions {

    private final ConcurrentMap<ProgramVersion.Key, ProgramRules> parsed = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** The rules of this version, or empty if the business has no such version (yet). */
    public Optional<ProgramRules> find(String businessId, int version) {
        ProgramVersion.Key key = new ProgramVersion.Key(businessId, version);
        ProgramRules known = parsed.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        ProgramVersion stored = em.find(ProgramVersion.class, key);
        if (stored == null) {
            return Optional.empty(); // not cached: the version may be created later
        }
        ProgramRules rules = stored.rules();
        parsed.putIfAbsent(key, rules);
        return Optional.of(rules);
    }

    /** The newest rules of the business, or empty if it has none. */
    public Optional<ProgramRules> latest(String businessId) {
        return em.createQuery("SELECT v.version FROM ProgramVersion v WHERE v.businessId = :b ORDER BY v.version DESC",
                        Integer.class)
                .setParameter("b", businessId).setMaxResults(1).getResultStream().findFirst()
                .flatMap(version -> find(businessId, version));
    }
}
