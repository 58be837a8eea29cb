package dev.regulars.server.sales;

import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.CheckPricer;
import dev.regulars.core.pricing.CheckRequest;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.EnrollmentRecord;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.referrals.ReferralProgram;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.Business;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.ProgramVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies one synced sale in its own transaction: the sale row (whose primary key is the till-made id, so a sale
 * is applied once), the customer's enrollment or lookup, the server's own pricing with loyalty-core, the ledger
 * entries and the visit statistics. Either all of it commits or none.
 */
@ApplicationScoped
public class SaleIngest {

    private final CheckPricer pricer = new CheckPricer();

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Clock clock;
    @Inject
    private ReferralProgram referrals;

    /** One sale in its own transaction. */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public SaleOutcome apply(AuthenticatedTerminal terminal, SaleRecord record, String contentSha256) {
        SaleOutcome outcome = applyAll(List.of(record), List.of(contentSha256), terminal, true).get(0);
        return outcome;
    }

    /**
     * Several sales in one transaction: one commit for the batch instead of one per sale. Any failure rolls all of
     * them back, and the caller applies them one by one instead.
     */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public List<SaleOutcome> applyAll(AuthenticatedTerminal terminal, List<SaleRecord> records,
                                      List<String> contentSha256) {
        return applyAll(records, contentSha256, terminal, false);
    }

    /**
     * The work of both: what a batch needs from the database is read in a few queries up front (its customers,
     * locked in id order so two batches cannot deadlock; their spend; online redemptions), the rows are written in
     * JDBC batches at one flush, and the change number is taken last.
     *
     * @param claimFirst insert the sale row before anything else, so a concurrent duplicate fails early (one sale)
     */
    private List<SaleOutcome> applyAll(List<SaleRecord> records, List<String> contentSha256,
                                       AuthenticatedTerminal terminal, boolean claimFirst) {
        IngestBatch batch = IngestBatch.prefetch(em, terminal.businessId(), records, clock.instant());
        List<SaleOutcome> outcomes = new java.util.ArrayList<>(records.size());
        java.util.Set<UUID> customersChanged = new java.util.LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            SaleOutcome outcome = applyHere(terminal, records.get(i), contentSha256.get(i), batch, claimFirst);
            outcomes.add(outcome);
            if (outcome.customerId() != null) {
                customersChanged.add(outcome.customerId());
            }
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new SaleIdTakenException(records.get(0).saleId().toString(), e);
        }
        markChanged(terminal, List.copyOf(customersChanged));
        return outcomes;
    }

    /**
     * Gives the customers this transaction changed its change number, last: the counter row is locked from here
     * to the commit, so concurrent batches wait for each other only that long.
     */
    private void markChanged(AuthenticatedTerminal terminal, List<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        long seq = changes.next(terminal.businessId());
        jakarta.persistence.Query update = em.createNativeQuery("UPDATE customer SET change_seq = ? WHERE id IN ("
                + String.join(",", java.util.Collections.nCopies(customerIds.size(), "?")) + ")");
        update.setParameter(1, seq);
        for (int i = 0; i < customerIds.size(); i++) {
            update.setParameter(i + 2, customerIds.get(i).toString());
        }
        update.executeUpdate();
    }

    private SaleOutcome applyHere(AuthenticatedTerminal terminal, SaleRecord record, String contentSha256,
                                  IngestBatch batch, boolean claimFirst) {
        if (!terminal.currency().equals(record.currency())) {
            throw new SaleRejectedException("the sale is in " + record.currency() + " but the store sells in "
                    + terminal.currency());
        }
        ProgramRules rules = batch.rules(record.rulesVersion());
        if (rules == null) {
            throw new SaleRejectedException("rules version " + record.rulesVersion() + " is not known to the server");
        }
        Instant now = batch.now();
        Sale sale = new Sale(record.saleId().toString(), terminal.terminalId(), terminal.storeId(), record.rungUpAt(),
                now, record.rulesVersion(), record.currency(), contentSha256);
        if (claimFirst) {
            claimSaleId(sale);
        } else {
            em.persist(sale);
        }

        Customer customer = record.enrollment() == null && record.customer() != null
                && record.customer().customerId() != null
                ? batch.lockedCustomer(record.customer().customerId().toString())
                .orElseThrow(() -> new SaleRejectedException("customer " + record.customer().customerId()
                        + " is not known"))
                : resolveCustomer(terminal, record, rules, now);
        List<CheckLine> lines = record.lines().stream()
                .map(l -> new CheckLine(l.sku(), l.name(), l.quantity(), l.unitPriceMinor())).toList();
        // The till already gave the discount it printed: honour it within the rules' cap, and flag an overdraft
        // of the balance instead of silently taking points back.
        CheckRequest request = customer == null ? CheckRequest.anonymous(lines)
                : new CheckRequest(lines, customer.tier() == null ? rules.entryTier().name() : customer.tier(),
                        record.pointsRedeemed(), record.pointsRedeemed(),
                        rules.referral().isEnabled() && customer.referralDiscountDue());
        PricedCheck priced = pricer.price(request, rules);
        sale.priced(customer == null ? null : customer.id(), priced.subtotalMinor(), priced.referralDiscountMinor(),
                priced.redeemDiscountMinor(), priced.dueMinor(), priced.pointsRedeemed(), priced.pointsEarned());
        sale.tillFigures(record.tillFigures().dueMinor(), record.tillFigures().pointsEarned());
        for (SaleLineRecord line : record.lines()) {
            sale.lines().add(new SaleLine(line.sku(), line.name(), line.quantity(), line.unitPriceMinor()));
        }
        for (PaymentRecord payment : record.payments()) {
            sale.payments().add(new SalePayment(payment.method().name(), payment.amountMinor(), payment.tenderedMinor()));
        }

        Long balanceAfter = null;
        if (customer != null) {
            long takenOnline = batch.consumeOnlineRedemption(sale.id(), now);
            long stillToTake = priced.pointsRedeemed() - takenOnline;
            if (customer.pointsBalance() < stillToTake) {
                sale.flagOverdraft();
            }
            ledger.post(customer, LedgerEntryType.REDEEM, -stillToTake, sale.id(), null);
            ledger.post(customer, LedgerEntryType.EARN, priced.pointsEarned(), sale.id(), null);
            if (priced.referralDiscountMinor() > 0) {
                customer.referralDiscountUsed();
            }
            customer.recordVisit(record.rungUpAt(), priced.dueMinor());
            customer.placeInTier(rules.tierFor(batch.spendWith(customer.id(), priced.dueMinor())).name());
            balanceAfter = customer.pointsBalance();
            sale.balanceAfter(balanceAfter);
        }
        return new SaleOutcome(record.saleId(), SaleOutcome.Status.ACCEPTED, null,
                customer == null ? null : UUID.fromString(customer.id()),
                priced.pointsEarned(), priced.pointsRedeemed(), balanceAfter);
    }

    /** Inserts the sale row first: a concurrent duplicate then fails here, before anything else is written. */
    private void claimSaleId(Sale sale) {
        try {
            em.persist(sale);
            em.flush();
        } catch (PersistenceException e) {
            throw new SaleIdTakenException(sale.id(), e);
        }
    }

    private Customer resolveCustomer(AuthenticatedTerminal terminal, SaleRecord record, ProgramRules rules,
                                     Instant now) {
        EnrollmentRecord enrollment = record.enrollment();
        if (enrollment != null) {
            PhoneNumber phone = phone(enrollment.phoneE164(), terminal);
            Optional<Customer> existing = customers.findByPhone(terminal.businessId(), phone.e164())
                    .map(customers::lock);
            if (existing.isPresent()) {
                // enrolled twice (two tills offline, or a returning customer not found): one customer, no
                // second welcome bonus, and a friend's code no longer counts
                if (enrollment.referralCode() != null) {
                    referrals.refuseForExistingCustomer(existing.get(), enrollment.referralCode(),
                            record.saleId().toString(), now);
                }
                return existing.get();
            }
            Customer enrolled = enroll(terminal, enrollment, phone, now);
            ledger.post(enrolled, LedgerEntryType.WELCOME, rules.welcomeBonusPoints(), record.saleId().toString(),
                    null);
            if (enrollment.referralCode() != null) {
                referrals.attach(enrolled, enrollment.referralCode(), rules, ZoneId.of(terminal.zoneId()),
                        record.rungUpAt(), record.saleId().toString());
            }
            return enrolled;
        }
        CustomerIdentification id = record.customer();
        if (id == null) {
            return null;
        }
        if (id.customerId() != null) {
            return customers.lockById(terminal.businessId(), id.customerId().toString())
                    .orElseThrow(() -> new SaleRejectedException("customer " + id.customerId() + " is not known"));
        }
        PhoneNumber phone = phone(id.phoneE164(), terminal);
        return customers.findByPhone(terminal.businessId(), phone.e164())
                .map(customers::lock)
                .orElseThrow(() -> new SaleRejectedException("no customer has the phone " + phone.masked()));
    }

    private Customer enroll(AuthenticatedTerminal terminal, EnrollmentRecord enrollment, PhoneNumber phone,
                            Instant now) {
        Business business = em.find(Business.class, terminal.businessId());
        String firstName = enrollment.firstName() == null || enrollment.firstName().isBlank()
                ? null : enrollment.firstName().strip();
        Customer customer = new Customer(terminal.businessId(), phone.e164(),
                PhoneHmac.fromBase64(business.phoneHmacKey()).of(phone), firstName, enrollment.marketingConsent(),
                enrollment.consentAt(), "till:" + terminal.terminalName(), now);
        customer.birthday(enrollment.birthday());
        referrals.assignCode(customer);
        customers.add(customer);
        em.flush();
        customers.recordConsent(customer, enrollment.marketingConsent(), enrollment.consentAt(),
                "till:" + terminal.terminalName());
        return customer;
    }

    private static PhoneNumber phone(String raw, AuthenticatedTerminal terminal) {
        try {
            return PhoneNumbers.normalize(raw, terminal.phoneRegion());
        } catch (InvalidPhoneNumberException e) {
            throw new SaleRejectedException(e.getMessage());
        }
    }
}
