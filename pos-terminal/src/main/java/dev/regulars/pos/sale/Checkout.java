package dev.regulars.pos.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.CheckPricer;
import dev.regulars.core.pricing.CheckRequest;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.EnrollmentRecord;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.receipt.ReceiptStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns a rung-up cart, a customer and a cash payment into a sale, priced by loyalty-core and written to the
 * journal before anything else happens (the receipt comes after).
 */
public final class Checkout {

    private final CheckPricer pricer = new CheckPricer();
    private final Journal journal;
    private final TillIdentity till;
    private final Clock clock;

    public Checkout(Journal journal, TillIdentity till, Clock clock) {
        this.journal = journal;
        this.till = till;
        this.clock = clock;
    }

    /** Prices without storing anything, for the screen while the cashier is still choosing. */
    public PricedCheck preview(List<CheckLine> lines, CustomerAtTill customer, long pointsWanted) {
        return preview(lines, customer, pointsWanted, Discount.NONE);
    }

    /** The same with the cashier's discount on the whole check. */
    public PricedCheck preview(List<CheckLine> lines, CustomerAtTill customer, long pointsWanted,
                               Discount checkDiscount) {
        return pricer.price(request(lines, customer, pointsWanted, checkDiscount), rules());
    }

    private CheckRequest request(List<CheckLine> lines, CustomerAtTill customer, long pointsWanted,
                                 Discount checkDiscount) {
        CheckRequest plain = request(lines, customer, pointsWanted);
        return new CheckRequest(plain.lines(), plain.tierName(), plain.pointsWanted(), plain.pointsAvailable(),
                plain.referralFirstPurchase(), checkDiscount);
    }

    private CheckRequest request(List<CheckLine> lines, CustomerAtTill customer, long pointsWanted) {
        ProgramRules rules = rules();
        boolean referralProgram = rules.referral().isEnabled();
        CachedCustomer cached = cached(customer);
        if (cached != null) {
            // a static card earns but never pays with points
            return new CheckRequest(lines, cached.tier() == null ? rules.entryTier().name() : cached.tier(),
                    customer.mayRedeem() ? pointsWanted : 0, customer.balance(),
                    referralProgram && cached.referralDiscountDue());
        }
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            return new CheckRequest(lines, rules.entryTier().name(), 0, 0,
                    referralProgram && enrolling.referralCode() != null);
        }
        if (customer instanceof CustomerAtTill.Scanned scanned) {
            var found = scanned.identified();
            return new CheckRequest(lines, found.tier() == null ? rules.entryTier().name() : found.tier(),
                    customer.mayRedeem() ? pointsWanted : 0, found.pointsBalance(),
                    referralProgram && found.referralDiscountDue());
        }
        return CheckRequest.anonymous(lines);
    }

    /** The welcome bonus this sale brings the customer (enrollment only). */
    public long welcomeBonus(CustomerAtTill customer) {
        return customer instanceof CustomerAtTill.Enrolling ? rules().welcomeBonusPoints() : 0;
    }

    /**
     * @throws IllegalArgumentException with a message for the cashier when the sale cannot be completed
     */
    public CompletedSale payCash(List<CheckLine> lines, CustomerAtTill customer, long pointsWanted, long tenderedMinor) {
        return payCash(UUID.randomUUID(), lines, customer, pointsWanted, tenderedMinor);
    }

    /**
     * The same with the sale's id chosen beforehand: points taken online for a sale are taken under its id, so the
     * server never takes them twice.
     */
    public CompletedSale payCash(UUID saleId, List<CheckLine> lines, CustomerAtTill customer, long pointsWanted,
                                 long tenderedMinor) {
        PricedCheck priced = lines.isEmpty() ? null : preview(lines, customer, pointsWanted);
        List<Tender> tenders = priced == null || priced.dueMinor() == 0 ? List.of()
                : List.of(new Tender(PaymentMethod.CASH, priced.dueMinor(), tenderedMinor));
        return pay(saleId, new CheckDraft(lines, customer, pointsWanted, Discount.NONE), tenders, null);
    }

    /**
     * Records a paid sale: priced by loyalty-core and written to the journal, with what its receipt shows, in one
     * transaction before anything else (the receipt prints after). Cash gives change; a card pays exactly its
     * amount; several tenders split the check.
     *
     * @param tenders what paid the amount due, in minor units; they must add up to it exactly
     * @param cashier who rang it up; null where no one logged in (tests, tools)
     * @throws KeyedRefusal with words for the cashier when the sale cannot be completed (no line, payments that
     *                      do not add up, no rules yet)
     */
    public CompletedSale pay(UUID saleId, CheckDraft draft, List<Tender> tenders, CashierRecord cashier) {
        List<CheckLine> lines = draft.lines();
        CustomerAtTill customer = draft.customer();
        if (lines.isEmpty()) {
            throw new KeyedRefusal("Ring up at least one item", "pay.empty");
        }
        PricedCheck priced = preview(lines, customer, draft.pointsWanted(), draft.checkDiscount());
        Tender.checkCovers(tenders, priced.dueMinor());
        List<PaymentRecord> payments = tenders.stream()
                .map(t -> new PaymentRecord(t.method(), t.amountMinor(), t.tenderedMinor())).toList();
        Instant now = clock.instant();
        SaleRecord record = new SaleRecord(saleId, now, rules().version(), till.currency(),
                lines.stream().map(SaleLineRecord::of).toList(),
                payments, identification(customer), enrollment(customer, now), priced.pointsRedeemed(),
                new SaleRecord.TillFigures(priced.subtotalMinor(), priced.referralDiscountMinor(),
                        priced.redeemDiscountMinor(), priced.dueMinor(), priced.pointsEarned(),
                        priced.checkDiscountMinor()),
                draft.checkDiscount().isNone() ? null : draft.checkDiscount(),
                cashier == null ? null : cashier.cashierId());

        String phoneHmac = phoneHmac(customer);
        long welcome = welcomeBonus(customer);
        String name = customerName(customer);
        Long balanceAfter = balanceAfter(customer, phoneHmac, priced, welcome);
        ReceiptFacts facts = new ReceiptFacts(receiptStore(), tillName(), cashier == null ? null : cashier.name(),
                name, welcome, balanceAfter);
        long number = journal.recordSale(record, phoneHmac, priced.pointsEarned() + welcome, facts.toJson());
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            journal.customers().cacheEnrolled(enrolling.phoneHmac(), enrolling.firstName(), priced.tierName());
        }
        return new CompletedSale(record, priced, welcome,
                tenders.stream().mapToLong(Tender::tenderedMinor).sum(),
                tenders.stream().mapToLong(Tender::changeMinor).sum(), name, balanceAfter, number, facts);
    }

    /** The till's name on receipts: the name it was paired under, else its store's. */
    public String tillName() {
        return journal.terminalName().orElse(till.storeName());
    }

    /** What a slip made now shows of store, till and cashier (no customer). */
    public ReceiptFacts facts(CashierRecord cashier) {
        return new ReceiptFacts(receiptStore(), tillName(), cashier == null ? null : cashier.name(), null, 0, null);
    }

    /** A sale of this till's journal, for a reprint or a refund. */
    public java.util.Optional<dev.regulars.pos.journal.JournalledSale> journalled(UUID saleId) {
        return journal.sale(saleId);
    }

    /**
     * The store as this sale's receipt shows it: the details the admin set, as last synced (a till that has not
     * had them yet prints its store's name and time, in English, without the rating link).
     */
    public ReceiptStore receiptStore() {
        return journal.storeDetails().map(ReceiptStore::of).orElseGet(() -> new ReceiptStore(till.storeName(),
                List.of(), null, "en", null, java.time.ZoneId.of(till.zoneId()), null, till.businessName()));
    }

    private static String customerName(CustomerAtTill customer) {
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            return enrolling.firstName();
        }
        if (customer instanceof CustomerAtTill.Scanned scanned) {
            return scanned.identified().firstName();
        }
        return cached(customer) == null ? null : cached(customer).firstName();
    }

    /** The balance after this sale as the till sees it: the cached one (with unsynced sales) and this sale. */
    private Long balanceAfter(CustomerAtTill customer, String phoneHmac, PricedCheck priced, long welcome) {
        long change = priced.pointsEarned() + welcome - priced.pointsRedeemed();
        if (customer instanceof CustomerAtTill.Scanned scanned) {
            // not in this till's phone cache: the server's balance and this sale's effect
            return scanned.identified().pointsBalance() + change;
        }
        if (customer instanceof CustomerAtTill.Enrolling) {
            return change;
        }
        if (phoneHmac != null) {
            return journal.customers().byPhoneHmac(phoneHmac).map(c -> c.balance() + change).orElse(null);
        }
        return null;
    }

    /** @throws KeyedRefusal ("sale.noRules") before the server sent the program's rules */
    public ProgramRules rules() {
        return journal.rules().orElseThrow(() -> new KeyedRefusal(
                "This till has no loyalty rules yet: connect it to the server once", "sale.noRules"));
    }

    /** The customer as this till's cache has them, when they were found there (by phone or card); else null. */
    private static CachedCustomer cached(CustomerAtTill customer) {
        if (customer instanceof CustomerAtTill.Known known) {
            return known.cached();
        }
        return customer instanceof CustomerAtTill.Carded carded ? carded.cached() : null;
    }

    /** Where this till tracks the customer's balance until the server answers. */
    private static String phoneHmac(CustomerAtTill customer) {
        if (cached(customer) != null) {
            return cached(customer).phoneHmac();
        }
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            return enrolling.phoneHmac();
        }
        return null;
    }

    private static CustomerIdentification identification(CustomerAtTill customer) {
        if (customer instanceof CustomerAtTill.Known known) {
            return new CustomerIdentification(known.phone().e164(), known.cached().customerId());
        }
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            return new CustomerIdentification(enrolling.phone().e164(), null);
        }
        if (customer instanceof CustomerAtTill.Scanned || customer instanceof CustomerAtTill.Carded) {
            return new CustomerIdentification(null, customer.customerId());
        }
        return null;
    }

    private static EnrollmentRecord enrollment(CustomerAtTill customer, Instant now) {
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            return new EnrollmentRecord(enrolling.phone().e164(), stripped(enrolling.firstName()),
                    stripped(enrolling.lastName()), enrolling.marketingConsent(), now, enrolling.referralCode(),
                    enrolling.birthday(), enrolling.card());
        }
        return null;
    }

    private static String stripped(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
