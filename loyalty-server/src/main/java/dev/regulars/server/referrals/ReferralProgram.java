package dev.regulars.server.referrals;

import dev.regulars.core.referral.ReferralCodes;
import dev.regulars.core.referral.ReferralVerdict;
import dev.regulars.core.rules.JoinRewards;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.ErasedPhones;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Friends bringing friends: checks a code given at enrollment (fraud rules: no self-referral, inviter caps per
 * day and month, only at enrollment), records refused attempts with the reason, and grants inviters their bonus
 * once the friend's first purchase has stood for the program's window.
 */
@ApplicationScoped
public class ReferralProgram {

    private static final Logger LOG = Logger.getLogger(ReferralProgram.class.getName());
    private static final int CODE_ATTEMPTS = 8;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private ErasedPhones erasedPhones;
    @Inject
    private Clock clock;
    @Inject
    private dev.regulars.server.stores.ProgramVersions programs;

    /** Gives a new customer a referral code of their own, unique in the business. */
    public void assignCode(Customer customer) {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            String code = ReferralCodes.newCode();
            if (customers.byReferralCode(customer.businessId(), code).isEmpty()) {
                customer.assignReferralCode(code);
                return;
            }
        }
        throw new IllegalStateException("no free referral code after " + CODE_ATTEMPTS + " attempts");
    }

    /**
     * A new customer enrolled with {@code typedCode}, in the transaction of their first sale (at the till) or of
     * their joining (on their phone: {@code saleId} null).
     *
     * @param cardOwnerId who the card given at enrollment already belonged to, if anyone
     *
     * @return the refusal reason in words for a manager ("self-referral (card)"), or empty when the referral is
     *         accepted (the friend's discount then applies)
     */
    public Optional<String> attach(Customer friend, String typedCode, Optional<String> cardOwnerId, ProgramRules rules,
                                   ZoneId zone, Instant at, String saleId) {
        ReferralRules program = rules.referral();
        Optional<Customer> inviter = ReferralCodes.normalize(typedCode)
                .flatMap(code -> customers.byReferralCode(friend.businessId(), code));
        Optional<String> refusal = JoinRewards.referralRefusal(
                erasedPhones.erasedBefore(friend.businessId(), friend.phoneE164()))
                .or(() -> check(friend, typedCode, inviter, cardOwnerId, program, zone, at));
        if (refusal.isPresent()) {
            em.persist(new ReferralAttempt(friend.businessId(), typedCode, friend.id(),
                    inviter.map(Customer::id).orElse(null), saleId, refusal.get(), at));
            return refusal;
        }
        friend.invitedBy(inviter.get().id());
        // joined on the phone, with no purchase yet: the bonus falls due from the first one (firstPaidPurchase)
        em.persist(new Referral(friend.businessId(), inviter.get().id(), friend.id(), saleId, at,
                program.inviterBonusPoints(), saleId == null ? null
                : at.plus(Duration.ofDays(program.inviterBonusAfterDays()))));
        return Optional.empty();
    }

    /**
     * The friend's first paid purchase took the friend's discount: a referral made when they joined on their phone
     * (no sale then) now has its first sale, and the inviter's bonus falls due the program's days after it.
     */
    public void firstPaidPurchase(String friendId, String saleId, Instant at, ReferralRules program) {
        em.createQuery("SELECT r FROM Referral r WHERE r.friendId = :f AND r.firstSaleId IS NULL", Referral.class)
                .setParameter("f", friendId).getResultStream()
                .forEach(r -> r.firstPurchase(saleId, at, program.inviterBonusAfterDays()));
    }

    /**
     * Records a code that came with a customer who was already enrolled (a till that did not find them).
     *
     * @return the refusal reason: "self-referral (phone)" when the code is their own, else "already a customer"
     */
    public String refuseForExistingCustomer(Customer customer, String typedCode, String saleId, Instant at) {
        Optional<Customer> inviter = ReferralCodes.normalize(typedCode)
                .flatMap(code -> customers.byReferralCode(customer.businessId(), code));
        String reason = inviter.isPresent() && inviter.get().id().equals(customer.id()) ? "self-referral (phone)"
                : "already a customer";
        em.persist(new ReferralAttempt(customer.businessId(), typedCode, customer.id(),
                inviter.map(Customer::id).orElse(null), saleId, reason, at));
        return reason;
    }

    private Optional<String> check(Customer friend, String typedCode, Optional<Customer> inviter,
                                   Optional<String> cardOwnerId, ReferralRules program, ZoneId zone, Instant at) {
        if (!program.isEnabled()) {
            return Optional.of("this program has no referrals");
        }
        if (ReferralCodes.normalize(typedCode).isEmpty()) {
            return Optional.of("not a referral code");
        }
        if (inviter.isEmpty()) {
            return Optional.of("no customer has this code");
        }
        if (inviter.get().id().equals(friend.id()) || inviter.get().phoneE164().equals(friend.phoneE164())) {
            return Optional.of("self-referral (phone)");
        }
        if (cardOwnerId.isPresent() && cardOwnerId.get().equals(inviter.get().id())) {
            return Optional.of("self-referral (card)");
        }
        return atCap(inviter.get(), program, zone, at);
    }

    /** The inviter's daily or monthly cap, when reached. */
    private Optional<String> atCap(Customer inviter, ReferralRules program, ZoneId zone, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        Instant dayStart = local.toLocalDate().atStartOfDay(zone).toInstant();
        Instant monthStart = local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        // refused and cancelled referrals count too: a cap that forgot them would invite retrying until one passes
        if (referralsSince(inviter.id(), dayStart) >= program.maxPerInviterPerDay()) {
            return Optional.of("the inviter's daily cap of " + program.maxPerInviterPerDay()
                    + (program.maxPerInviterPerDay() == 1 ? " friend" : " friends") + " is reached");
        }
        if (referralsSince(inviter.id(), monthStart) >= program.maxPerInviterPerMonth()) {
            return Optional.of("the inviter's monthly cap of " + program.maxPerInviterPerMonth()
                    + (program.maxPerInviterPerMonth() == 1 ? " friend" : " friends") + " is reached");
        }
        return Optional.empty();
    }

    /**
     * A till asks, before it shows the friend's discount, whether a code given by someone about to enroll with
     * {@code phoneE164} will stand: the checks of {@link #attach} that can be made before the person exists (the
     * card's owner is checked at the sale). Nothing is recorded: nothing happened yet.
     */
    public ReferralVerdict verdict(String businessId, String typedCode, String phoneE164, ZoneId zone, Instant at) {
        ReferralRules program = programs.latest(businessId).map(ProgramRules::referral).orElse(ReferralRules.NONE);
        Optional<ReferralVerdict> offline = ReferralVerdict.offline(program, typedCode, false);
        if (offline.isPresent()) {
            return offline.get();
        }
        Optional<Customer> inviter = customers.byReferralCode(businessId, ReferralCodes.normalize(typedCode).get());
        if (inviter.isEmpty()) {
            return ReferralVerdict.UNKNOWN_CODE;
        }
        if (inviter.get().phoneE164().equals(phoneE164)) {
            return ReferralVerdict.OWN_CODE;
        }
        if (customers.findByPhone(businessId, phoneE164).isPresent()
                || JoinRewards.referralRefusal(erasedPhones.erasedBefore(businessId, phoneE164)).isPresent()) {
            return ReferralVerdict.NOT_FIRST_PURCHASE;
        }
        return atCap(inviter.get(), program, zone, at).isPresent() ? ReferralVerdict.INVITER_AT_LIMIT
                : ReferralVerdict.ACCEPTED;
    }

    /** Why the friend's code this customer gave when enrolling was refused, if it was. */
    public Optional<String> refusalAtEnrollment(String customerId) {
        return em.createQuery("SELECT a.reason FROM ReferralAttempt a WHERE a.customerId = :c ORDER BY a.id",
                String.class).setParameter("c", customerId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Friends the inviter brought since then, accepted, cancelled or refused. */
    private long referralsSince(String inviterId, Instant since) {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.inviterId = :i AND r.createdAt >= :s",
                        Long.class).setParameter("i", inviterId).setParameter("s", since).getSingleResult()
                + em.createQuery("SELECT COUNT(a) FROM ReferralAttempt a WHERE a.inviterId = :i AND a.createdAt >= :s",
                        Long.class).setParameter("i", inviterId).setParameter("s", since).getSingleResult();
    }

    /**
     * The friend's first purchase was refunded in full inside the window: the inviter gets nothing for it. A partial
     * refund keeps the bonus (the friend bought something); a bonus already granted stays granted.
     */
    public void firstPurchaseRefundedInFull(String saleId, Instant at) {
        em.createQuery("SELECT r FROM Referral r WHERE r.firstSaleId = :s AND r.status = :p", Referral.class)
                .setParameter("s", saleId).setParameter("p", Referral.Status.PENDING)
                .getResultStream().forEach(r -> r.decide(Referral.Status.CANCELLED, at));
    }

    /** Grants every inviter bonus whose window has passed. Runs hourly and on demand; safe to run twice. */
    @Transactional
    public int grantDueBonuses() {
        Instant now = clock.instant();
        List<Referral> due = em.createQuery(
                        "SELECT r FROM Referral r WHERE r.status = :p AND r.bonusDueAt <= :now ORDER BY r.id",
                        Referral.class)
                .setParameter("p", Referral.Status.PENDING).setParameter("now", now)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Referral referral : due) {
            // an inviter merged into another record since: the bonus lands on the record that stays
            Customer inviter = customers.lockById(referral.businessId(), referral.inviterId()).orElseThrow();
            ledger.post(inviter, LedgerEntryType.INVITER_BONUS, referral.bonusPoints(), referral.firstSaleId(),
                    "friend's first purchase stood");
            referral.decide(Referral.Status.GRANTED, now);
        }
        if (!due.isEmpty()) {
            LOG.info(() -> due.size() + " inviter bonuses granted");
        }
        return due.size();
    }
}
