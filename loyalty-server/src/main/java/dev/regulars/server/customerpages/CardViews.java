package dev.regulars.server.customerpages;

import dev.regulars.core.expiry.PointExpiry;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.Tier;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerCard;
import dev.regulars.server.customers.CustomerCards;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.TrailingSpend;
import dev.regulars.server.ledger.LedgerLots;
import dev.regulars.server.messaging.MessagingSettings;
import dev.regulars.server.sales.SalesReport;
import dev.regulars.server.stores.ProgramVersions;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads what the card page shows ({@link CardView}) from the contexts that own it. Read only. */
@ApplicationScoped
public class CardViews {

    /** Points expiring within this many days are shown. */
    static final int EXPIRING_WITHIN_DAYS = 90;
    static final int VISITS = 5;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerCards cards;
    @Inject
    private TrailingSpend spend;
    @Inject
    private LedgerLots lots;
    @Inject
    private ProgramVersions programs;
    @Inject
    private SalesReport sales;
    @Inject
    private TerminalRegistry stores;
    @Inject
    private MessagingSettings settings;
    @Inject
    private WalletLinks wallet;
    @Inject
    private Clock clock;

    public CardView of(Customer c) {
        Instant now = clock.instant();
        Store store = homeStore(c);
        LedgerLots.ExpiryTerms terms = lots.termsOf(c.businessId());
        Optional<ProgramRules> rules = programs.latest(c.businessId());
        long trailing = spend.trailingTwelveMonths(c.id(), now);
        Tier next = rules.flatMap(r -> r.tiers().stream().filter(t -> t.minSpendMinor() > trailing)
                .min(Comparator.comparingLong(Tier::minSpendMinor))).orElse(null);
        String tier = c.tier() != null ? c.tier() : rules.map(r -> r.entryTier().name()).orElse("");
        String number = cards.of(c.id()).stream().filter(k -> k.kind() == CustomerCard.Kind.WALLET)
                .map(CustomerCard::cardNumber).findFirst().orElse(null);
        String link = settings.publicUrl() + "/join/" + store.id() + "?ref=" + c.referralCode();
        return new CardView(c.id(), c.businessId(), c.firstName(), c.pointsBalance(), tier,
                next == null ? null : next.name(), next == null ? 0 : next.minSpendMinor() - trailing,
                store.currency(), expiring(c, terms, now), sales.visitsOf(customers.withMergedRecords(c.id()), VISITS),
                number, c.referralCode(), link, customers.consentsOf(c.id()), c.email(), terms.zone(),
                wallet.apple(), wallet.google(), store.business().name() + " · " + store.name(),
                c.referralDiscountDue() ? rules.map(r -> r.referral().friendDiscount()).filter(d -> !d.isNone())
                        .orElse(null) : null);
    }

    /** The secret and number of the customer's phone card, for the rotating redeem code. */
    public Optional<CustomerCard> phoneCard(Customer c) {
        return cards.of(c.id()).stream().filter(k -> k.kind() == CustomerCard.Kind.WALLET).findFirst();
    }

    /** The store a friend's link leads to: where the customer was last, else the business's first store. */
    public Store homeStore(Customer c) {
        Store last = c.lastStoreId() == null ? null : em.find(Store.class, c.lastStoreId());
        return last != null ? last : stores.storesOf(c.businessId()).get(0);
    }

    /** Lots that still hold points and expire within {@link #EXPIRING_WITHIN_DAYS}, summed per day. */
    private List<CardView.Expiring> expiring(Customer c, LedgerLots.ExpiryTerms terms, Instant now) {
        PointExpiry.Holdings held = PointExpiry.holdingsAt(lots.movementsOf(c.id()), terms.months(), now,
                terms.zone());
        LocalDate today = LocalDate.ofInstant(now, terms.zone());
        LocalDate horizon = today.plusDays(EXPIRING_WITHIN_DAYS);
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (PointExpiry.HeldLot lot : held.lots()) {
            LocalDate on = lot.validUntil() != null ? LocalDate.ofInstant(lot.validUntil(), terms.zone())
                    : terms.months() > 0 ? lot.earnedAt().atZone(terms.zone()).plusMonths(terms.months()).toLocalDate()
                    : null;
            if (on != null && lot.points() > 0 && !on.isBefore(today) && !on.isAfter(horizon)) {
                byDay.merge(on, lot.points(), Long::sum);
            }
        }
        return byDay.entrySet().stream().map(e -> new CardView.Expiring(e.getKey(), e.getValue())).toList();
    }
}
