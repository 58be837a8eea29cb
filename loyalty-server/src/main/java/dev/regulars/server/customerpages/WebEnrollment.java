package dev.regulars.server.customerpages;

import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.referral.ReferralCodes;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.JoinRewards;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.ErasedPhones;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.referrals.ReferralProgram;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.ProgramVersions;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Joining on one's own phone once a code proved the number: the same enrollment as at the till (EnrollmentAtSale):
 * one customer per phone (a phone already enrolled gets its card back, never a second customer), the program's
 * welcome bonus, a referral code of their own, a friend's code checked by the referral rules, consents recorded
 * with time and source, here one answer per channel. Each proof makes one customer or one card link.
 */
@ApplicationScoped
public class WebEnrollment {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private PhoneCodes codes;
    @Inject
    private CardLinks links;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private ReferralProgram referrals;
    @Inject
    private ErasedPhones erasedPhones;
    @Inject
    private Ledger ledger;
    @Inject
    private ProgramVersions programs;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Clock clock;

    /** The proof was not there: expired, spent, or never given. The page sends the person back to the start. */
    public static final class NoProof extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoProof() {
            super("the phone is not proven (any more)");
        }
    }

    /**
     * What a new customer tells about themselves.
     *
     * @param birthday   day and month, or null
     * @param email      an address already checked, or null
     * @param friendCode a friend's referral code as typed, or null
     * @param language   en, ru or nl: the page's language, which their messages then use
     */
    public record Details(String firstName, MonthDay birthday, boolean smsConsent, boolean emailConsent,
                          boolean walletConsent, String email, String friendCode, String language) {
    }

    /**
     * Right after the code: a phone that is a customer's already gets a new link to that card.
     *
     * @return the token of the card link; empty when the phone is new (the person goes on to the details)
     * @throws NoProof when the handle proves no phone
     */
    @Transactional
    public Optional<String> returning(String handle) {
        PhoneCodes.Proof proof = codes.lockProof(handle).orElseThrow(NoProof::new);
        Optional<Customer> known = customers.findByPhone(proof.businessId(), proof.phoneE164()).map(customers::lock);
        known.ifPresent(c -> codes.spend(handle));
        return known.map(links::issue);
    }

    /**
     * Enrolls the proven phone (or, when it joined meanwhile in another tab, gives that card back).
     *
     * @return the token of the new customer's card link
     * @throws NoProof when the handle proves no phone
     */
    @Transactional
    public String join(String handle, Details details) {
        PhoneCodes.Proof proof = codes.lockProof(handle).orElseThrow(NoProof::new);
        codes.spend(handle);
        Optional<Customer> known = customers.findByPhone(proof.businessId(), proof.phoneE164()).map(customers::lock);
        if (known.isPresent()) {
            return links.issue(known.get());
        }
        Store store = em.find(Store.class, proof.storeId());
        ProgramRules rules = programs.latest(proof.businessId())
                .orElseThrow(() -> new IllegalStateException("the business has no program rules"));
        Instant now = clock.instant();
        String source = "phone page at " + store.name();
        PhoneNumber phone = new PhoneNumber(proof.phoneE164());
        Customer customer = new Customer(proof.businessId(), phone.e164(),
                PhoneHmac.fromBase64(store.business().phoneHmacKey()).of(phone), details.firstName(), now);
        customer.birthday(details.birthday());
        customer.email(details.email());
        customer.language(details.language());
        customer.placeInTier(rules.entryTier().name());
        referrals.assignCode(customer);
        customers.add(customer);
        em.flush();
        customers.recordConsent(customer, "SMS", details.smsConsent(), now, source);
        customers.recordConsent(customer, "EMAIL", details.emailConsent(), now, source);
        customers.recordConsent(customer, "PUSH", details.walletConsent(), now, source);
        // a phone erased before joins again without a second welcome bonus (nor referral: ReferralProgram.attach)
        long welcome = JoinRewards.welcomeBonusPoints(rules, erasedPhones.erasedBefore(proof.businessId(),
                phone.e164()));
        ledger.post(customer, LedgerEntryType.WELCOME, welcome, null, "joined on their phone", now, null);
        if (details.friendCode() != null) {
            // a refusal (caps, no referrals in the program) is recorded for the owner; the person joins anyway
            referrals.attach(customer, details.friendCode(), Optional.empty(), rules, ZoneId.of(store.zoneId()), now,
                    null);
        }
        String token = links.issue(customer);
        customer.markChanged(changes.next(proof.businessId()));
        return token;
    }

    /** Whether the proven phone's earlier customer had their data deleted: joining again brings no rewards. */
    public boolean erasedBefore(PhoneCodes.Proof proof) {
        return erasedPhones.erasedBefore(proof.businessId(), proof.phoneE164());
    }

    /** The store of a join link, {@code /join/{store's id}}; empty for anything else. */
    public Optional<Store> store(String id) {
        if (id == null || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Store.class, id));
    }

    /**
     * Who invites with this code and what the referral brings, for the join page of a friend's link.
     *
     * @return empty when the code is no customer's or the program has no referrals
     */
    public Optional<Invitation> invitation(String businessId, String typed) {
        Optional<ReferralRules> program = programs.latest(businessId).map(ProgramRules::referral)
                .filter(ReferralRules::isEnabled);
        Optional<Customer> inviter = ReferralCodes.normalize(typed)
                .flatMap(code -> customers.byReferralCode(businessId, code)).filter(c -> !c.isErased());
        return program.flatMap(p -> inviter.map(c -> new Invitation(c.firstName(), p.friendDiscount(),
                p.inviterBonusPoints())));
    }

    /**
     * A friend's invitation: {@code inviterName} (may be null), the discount on the friend's first purchase and the
     * inviter's bonus points then (figures from the program rules).
     */
    public record Invitation(String inviterName, Discount friendDiscount, long inviterBonusPoints) {
    }

    /** Whether a friend's code, as typed, is a customer's code in this business. */
    public boolean isFriendsCode(String businessId, String typed) {
        return ReferralCodes.normalize(typed).flatMap(code -> customers.byReferralCode(businessId, code))
                .filter(c -> !c.isErased()).isPresent();
    }
}
