package dev.regulars.server.sales;

import dev.regulars.core.phone.InvalidPhoneNumberException;
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
import dev.regulars.server.customers.CustomerActivityRows;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.ProgramVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private EnrollmentAtSale enrollments;
    @Inject
    private ProgramVersions programs;

    /** One sale in its own transaction. */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public SaleOutcome apply(AuthenticatedTerminal terminal, SaleRecord record, String contentSha256) {
        return applyInThisTransaction(terminal, List.of(record), List.of(contentSha256)).get(0);
    }

    /**
     * Several sales in one transaction: one commit for the batch instead of one per sale. Any failure rolls all of
     * them back, and the caller applies them one by one instead.
     */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public List<SaleOutcome> applyAll(AuthenticatedTerminal terminal, List<SaleRecord> records,
                                      List<String> contentSha256) {
        return applyInThisTransaction(terminal, records, contentSha256);
    }

    /**
     * The work of both: what the sales need from the database is read in a few queries up front (their customers,
     * locked in id order so two batches cannot deadlock; their spend; online redemptions); sales and ledger entries
     * are written many rows to a statement, and what they changed on customers in one more, with the change number
     * taken just before.
     * A sale id another transaction applied meanwhile fails the insert of the sales (SaleIdTakenException), and
     * the transaction rolls back whole.
     */
    private List<SaleOutcome> applyInThisTransaction(AuthenticatedTerminal terminal, List<SaleRecord> records,
                                                     List<String> contentSha256) {
        IngestBatch batch = IngestBatch.prefetch(em, programs, terminal.businessId(), records, clock.instant());
        Ledger.Postings postings = ledger.postings();
        List<SaleOutcome> outcomes = new ArrayList<>(records.size());
        List<Sale> sales = new ArrayList<>(records.size());
        Map<String, Customer> customersChanged = new LinkedHashMap<>();
        Set<String> enrolledHere = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Applied applied = applyHere(terminal, records.get(i), contentSha256.get(i), batch, postings,
                    enrolledHere);
            outcomes.add(applied.outcome());
            sales.add(applied.sale());
            if (applied.customer() != null) {
                customersChanged.put(applied.customer().id(), applied.customer());
            }
        }
        Connection connection = em.unwrap(Connection.class);
        SaleRows.write(connection, sales);
        postings.write();
        if (!customersChanged.isEmpty()) {
            // the counter row is locked from here to the commit: concurrent batches wait for each other only that long
            long seq = changes.next(terminal.businessId());
            customersChanged.values().forEach(c -> c.markChanged(seq));
        }
        // Customers enrolled here go through JPA (their rows are new, referrals changed more than activity); the
        // others in one statement, and out of the persistence context so JPA does not write them again.
        List<Customer> known = customersChanged.values().stream().filter(c -> !enrolledHere.contains(c.id())).toList();
        try {
            CustomerActivityRows.write(connection, known);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the customers of the sales: " + e.getMessage(), e);
        }
        known.forEach(em::detach);
        em.flush();
        return outcomes;
    }

    /** What applying one sale made: its answer, its row, and the customer it changed (null if anonymous). */
    private record Applied(SaleOutcome outcome, Sale sale, Customer customer) {
    }

    private Applied applyHere(AuthenticatedTerminal terminal, SaleRecord record, String contentSha256,
                              IngestBatch batch, Ledger.Postings postings, Set<String> enrolledHere) {
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

        SaleCustomer resolved = resolveCustomer(terminal, record, rules, now, batch);
        Customer customer = resolved == null ? null : resolved.customer();
        if (resolved != null && resolved.isNew()) {
            enrolledHere.add(customer.id());
        }
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
            postings.post(customer, LedgerEntryType.REDEEM, -stillToTake, sale.id());
            postings.post(customer, LedgerEntryType.EARN, priced.pointsEarned(), sale.id());
            if (priced.referralDiscountMinor() > 0) {
                customer.referralDiscountUsed();
            }
            customer.recordVisit(record.rungUpAt(), priced.dueMinor());
            customer.placeInTier(rules.tierFor(batch.spendWith(customer.id(), priced.dueMinor())).name());
            balanceAfter = customer.pointsBalance();
            sale.balanceAfter(balanceAfter);
        }
        SaleOutcome outcome = new SaleOutcome(record.saleId(), SaleOutcome.Status.ACCEPTED,
                resolved == null ? null : resolved.note(),
                customer == null ? null : UUID.fromString(customer.id()),
                priced.pointsEarned(), priced.pointsRedeemed(), balanceAfter);
        return new Applied(outcome, sale, customer);
    }

    /**
     * Who the sale is for, locked; null when anonymous. Customers the till knew by id were locked up front with the
     * batch (in id order); one found by phone, or enrolled now, is locked here.
     */
    private SaleCustomer resolveCustomer(AuthenticatedTerminal terminal, SaleRecord record, ProgramRules rules,
                                         Instant now, IngestBatch batch) {
        EnrollmentRecord enrollment = record.enrollment();
        if (enrollment != null) {
            return enrollments.enroll(terminal, enrollment, phone(enrollment.phoneE164(), terminal), rules,
                    record.saleId().toString(), record.rungUpAt(), now);
        }
        CustomerIdentification id = record.customer();
        if (id == null) {
            return null;
        }
        if (id.customerId() != null) {
            return SaleCustomer.known(batch.lockedCustomer(id.customerId().toString())
                    .orElseThrow(() -> new SaleRejectedException("customer " + id.customerId() + " is not known")));
        }
        PhoneNumber phone = phone(id.phoneE164(), terminal);
        return SaleCustomer.known(customers.findByPhone(terminal.businessId(), phone.e164()).map(customers::lock)
                .orElseThrow(() -> new SaleRejectedException("no customer has the phone " + phone.masked())));
    }

    private static PhoneNumber phone(String raw, AuthenticatedTerminal terminal) {
        try {
            return PhoneNumbers.normalize(raw, terminal.phoneRegion());
        } catch (InvalidPhoneNumberException e) {
            throw new SaleRejectedException(e.getMessage());
        }
    }
}
