package dev.regulars.server.stores;

import dev.regulars.core.rules.ProgramRules;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The owner changes the loyalty program: every change is a new version (a version is never edited, so a sale is
 * always priced with the rules it was rung up under). Tills get the new version with their next sync (the change
 * feed carries the newest rules); the server prices each sale with the version the sale names.
 */
@ApplicationScoped
public class ProgramChanges {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ProgramVersions versions;
    @Inject
    private ChangeSequence changes;
    @Inject
    private StaffAudit audit;
    @Inject
    private dev.regulars.server.staff.StaffDirectory staffDirectory;
    @Inject
    private Clock clock;

    /** A version as the history lists it: who made it (null: the demo or a migration), when, what it changed. */
    public record Published(int version, Instant createdAt, String createdBy, List<ProgramDiff.Change> changes) {
    }

    /**
     * Publishes {@code rules} as the version after {@code basedOn}, the version the owner edited.
     *
     * @param rules   the new rules; their own version number is replaced by the next one
     * @return the new version's number
     * @throws Problem if the staff member is not the owner, if someone published another version since
     *                 {@code basedOn} (nothing is written: the owner reloads and sees theirs), or if nothing changed
     */
    @Transactional
    public int publish(StaffUser staff, int basedOn, ProgramRules rules, Currency currency) {
        if (staff.role() != StaffRole.OWNER) {
            throw new Problem("program.onlyOwner");
        }
        // one publisher at a time per business: the second waits here and then sees the first one's version
        em.find(Business.class, staff.businessId(), LockModeType.PESSIMISTIC_WRITE);
        ProgramRules latest = versions.latest(staff.businessId()).orElseThrow(
                () -> new IllegalStateException("business " + staff.businessId() + " has no program"));
        if (latest.version() != basedOn) {
            throw new Problem("program.changedMeanwhile", latest.version());
        }
        int next = latest.version() + 1;
        ProgramRules published = new ProgramRules(next, rules.tiers(), rules.pointValueMinor(),
                rules.maxRedeemShare(), rules.minCheckToRedeemMinor(), rules.minBalanceToRedeem(),
                rules.welcomeBonusPoints(), rules.expiryMonths(), rules.referral(), rules.birthday());
        List<ProgramDiff.Change> diff = ProgramDiff.between(latest, published, currency);
        if (diff.isEmpty()) {
            throw new Problem("program.nothingChanged");
        }
        em.persist(new ProgramVersion(staff.businessId(), published, clock.instant(),
                changes.next(staff.businessId()), staff.id()));
        audit.record(staff, "PROGRAM_CHANGED", "v" + next, diff.stream()
                .map(c -> Problem.text(Locale.ENGLISH, c.key(), c.args().toArray())).collect(Collectors.joining("; ")));
        return next;
    }

    /**
     * The newest {@code limit} versions, newest first, each with what it changed against the one before (the first
     * version changed nothing).
     */
    public List<Published> history(String businessId, Currency currency, int limit) {
        List<ProgramVersion> stored = em.createQuery("SELECT v FROM ProgramVersion v WHERE v.businessId = :b"
                        + " ORDER BY v.version DESC", ProgramVersion.class)
                .setParameter("b", businessId).setMaxResults(limit + 1).getResultList();
        Map<String, String> authors = staffDirectory.namesOf(stored.stream().map(ProgramVersion::createdBy)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        List<Published> history = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(limit, stored.size()); i++) {
            ProgramVersion v = stored.get(i);
            // parsed once per node and kept (ProgramVersions), not at every look at the page
            List<ProgramDiff.Change> diff = i + 1 < stored.size() ? ProgramDiff.between(
                    rules(businessId, stored.get(i + 1)), rules(businessId, v), currency) : List.of();
            history.add(new Published(v.version(), v.createdAt(),
                    v.createdBy() == null ? null : authors.get(v.createdBy()), diff));
        }
        return history;
    }

    private ProgramRules rules(String businessId, ProgramVersion version) {
        return versions.find(businessId, version.version()).orElseThrow();
    }
}
