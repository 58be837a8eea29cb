package dev.regulars.server.sales;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.names.PersonNames;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.rules.JoinRewards;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.EnrollmentRecord;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerCard;
import dev.regulars.server.customers.CustomerCards;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.ErasedPhones;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.referrals.ReferralProgram;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.Business;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A customer enrolled at the till with a sale: the new record with its welcome bonus, consents, referral code and
 * the card handed over; or, when the phone is already a customer's (two tills enrolled it offline), that customer.
 */
@ApplicationScoped
public class EnrollmentAtSale {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerCards cards;
    @Inject
    private Ledger ledger;
    @Inject
    private ReferralProgram referrals;
    @Inject
    private ErasedPhones erasedPhones;

    /**
     * @param rungUpAt the sale's time at the till: the welcome bonus counts from it (clamped to {@code now})
     */
    SaleCustomer enroll(AuthenticatedTerminal terminal, EnrollmentRecord enrollment, PhoneNumber phone,
                    ProgramRules rules, String saleId, Instant rungUpAt, Instant now) {
        Optional<Customer> existing = customers.findByPhone(terminal.businessId(), phone.e164()).map(customers::lock);
        if (existing.isPresent()) {
            // a returning customer the till did not find: one customer, no second welcome bonus, and a friend's
            // code no longer counts
            String refusal = enrollment.referralCode() == null ? null
                    : referrals.refuseForExistingCustomer(existing.get(), enrollment.referralCode(), saleId, now);
            return new SaleCustomer(existing.get(), false, linkCard(existing.get(), enrollment.card(), now), refusal);
        }
        // a phone erased before joins again without a second welcome bonus (nor referral: ReferralProgram.attach)
        boolean erasedBefore = erasedPhones.erasedBefore(terminal.businessId(), phone.e164());
        Customer enrolled = newCustomer(terminal, enrollment, phone, now);
        Instant at = rungUpAt.isAfter(now) ? now : rungUpAt;
        ledger.post(enrolled, LedgerEntryType.WELCOME, JoinRewards.welcomeBonusPoints(rules, erasedBefore), saleId,
                null, at, null);
        String refusal = null;
        if (enrollment.referralCode() != null) {
            // whose the handed-over card is, before it is linked: the inviter's own card means the same person
            Optional<String> cardOwner = Optional.ofNullable(enrollment.card())
                    .flatMap(card -> CardNumbers.normalize(card.number()))
                    .flatMap(number -> cards.find(terminal.businessId(), number))
                    .map(card -> customers.byId(terminal.businessId(), card.customerId())
                            .map(Customer::id).orElse(card.customerId()));
            refusal = referrals.attach(enrolled, enrollment.referralCode(), cardOwner, rules,
                    ZoneId.of(terminal.zoneId()), rungUpAt, saleId).orElse(null);
        }
        return new SaleCustomer(enrolled, true, linkCard(enrolled, enrollment.card(), now), refusal);
    }

    private Customer newCustomer(AuthenticatedTerminal terminal, EnrollmentRecord enrollment, PhoneNumber phone,
                                 Instant now) {
        Business business = em.find(Business.class, terminal.businessId());
        String source = "till:" + terminal.terminalName();
        Customer customer = new Customer(terminal.businessId(), phone.e164(),
                PhoneHmac.fromBase64(business.phoneHmacKey()).of(phone), stripped(enrollment.firstName()), now);
        customer.lastName(stripped(enrollment.lastName()));
        customer.birthday(enrollment.birthday());
        referrals.assignCode(customer);
        customers.add(customer);
        em.flush();
        customers.recordConsent(customer, enrollment.marketingConsent(), enrollment.consentAt(), source);
        return customer;
    }

    private String linkCard(Customer customer, CardLink card, Instant now) {
        if (card == null) {
            return null;
        }
        return switch (cards.link(customer, card, now)) {
            case NEW, ALREADY_THEIRS -> null;
            case SOMEONE_ELSES -> "card " + CardNumbers.grouped(CardNumbers.normalize(card.number()).orElseThrow())
                    + " belongs to another customer and was not linked";
        };
    }

    /** The till cleaned the name already (PersonNames); a till of an older version may not have. */
    private static String stripped(String name) {
        String cleaned = PersonNames.clean(name);
        return PersonNames.isBlank(cleaned) ? null : cleaned;
    }
}
