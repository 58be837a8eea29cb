package dev.regulars.server.sales;

import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.ChargedCheckSettlement;
import dev.regulars.core.pricing.CustomerStanding;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.pricing.Settlement;
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
import dev.regulars.server.ledger.OnlineRedemptions;
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
import java.time.ZoneId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies synced sales: the sale row (whose primary key is the till-made id, so a sale is applied once), the
 * customer's enrollment or lookup (a merged record's sale lands on the record it was merged into), the booking of
 * what the till charged with loyalty-core's ChargedCheckSettlement (the money stands, the server's rules decide the
 * points, differences are kept for a manager), the ledger entries dated by the sale's time at the till, and the
 * visit statistics. Either all of a transaction commits or none.
 */
@ApplicationScoped
public class SaleIngest {

    private final ChargedCheckSettlement settlement = new ChargedCheckSettlement();

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
    @Inject
    private dev.regulars.server.referrals.ReferralProgram referrals;

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
        Ledger.Postings postings = ledger.postings(batch.now());
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
        SaleOutbox.write(connection, terminal.businessId(), sales);
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
        Instant now = batch.now();
        // points, visits and spend count from the sale's time at the till, as far as that clock can be believed
        Instant at = TillClock.believable(record.rungUpAt(), terminal.businessSince(), now);
        List<String> differences = new ArrayList<>();
        TillClock.correction(record.rungUpAt(), at, ZoneId.of(terminal.zoneId())).ifPresent(differences::add);
        ProgramRules rules = batch.rules(record.rulesVersion());
        if (rules == null) {
            // the customer paid: the sale stands, priced for points by the rules the server has
            rules = batch.latestRules().orElseThrow(() -> new SaleRejectedException("the business has no rules"));
            differences.add("rung up under rules v" + record.rulesVersion() + ", which the server does not know;"
                    + " points by v" + rules.version());
        }
        Sale sale = new Sale(record.saleId().toString(), terminal.terminalId(), terminal.storeId(), at,
                now, record.rulesVersion(), record.currency(), contentSha256);

        SaleCustomer resolved = resolveCustomer(terminal, record, rules, at, now, batch);
        Customer customer = resolved == null ? null : resolved.customer();
        if (resolved != null && resolved.isNew()) {
            enrolledHere.add(customer.id());
            sale.enrolledHere();
        }
        List<CheckLine> lines = record.lines().stream().map(SaleLineRecord::toCheckLine).toList();
        SaleRecord.TillFigures till = record.tillFigures();
        PricedCheck charged = new PricedCheck(till.subtotalMinor(), till.referralDiscountMinor(),
                record.pointsRedeemed(), till.redeemDiscountMinor(), till.dueMinor(), till.pointsEarned(), null,
                till.checkDiscountMinor(), 0, List.of());
        Currency currency = Currency.getInstance(record.currency());
        Settlement settled = customer == null ? settlement.settleWithoutCustomer(charged, currency)
                : settlement.settle(lines, charged, standing(customer, resolved, rules, charged), rules, currency);
        PricedCheck booked = settled.figures();
        differences.addAll(settled.differences());
        if (settled.referralDiscountTaken()) {
            customer.referralDiscountUsed();
            referrals.firstPaidPurchase(customer.id(), sale.id(), at, rules.referral());
        }
        sale.priced(customer == null ? null : customer.id(), booked.subtotalMinor(), booked.checkDiscountMinor(),
                booked.referralDiscountMinor(), booked.redeemDiscountMinor(), booked.dueMinor(),
                booked.pointsRedeemed(), booked.pointsEarned());
        for (CheckLine line : lines) {
            sale.lines().add(new SaleLine(line));
        }
        sale.cashier(record.cashierId() == null ? null : record.cashierId().toString());
        for (PaymentRecord payment : record.payments()) {
            sale.payments().add(new SalePayment(payment.method().name(), payment.amountMinor(), payment.tenderedMinor()));
        }

        Long balanceAfter = null;
        if (customer != null) {
            long takenOnline = batch.consumeOnlineRedemption(sale.id(), customer, now);
            if (takenOnline < 0) {
                differences.add("points were taken online for this sale from another customer's balance; they go"
                        + " back to that customer within " + OnlineRedemptions.HELD_AT_MOST.toHours() + " h");
                takenOnline = 0;
            }
            long stillToTake = booked.pointsRedeemed() - takenOnline;
            if (stillToTake > 0 && customer.pointsBalance() < stillToTake) {
                sale.flagOverdraft();
            }
            postings.post(customer, LedgerEntryType.REDEEM, -stillToTake, sale.id(), at);
            postings.post(customer, LedgerEntryType.EARN, booked.pointsEarned(), sale.id(), at);
            customer.recordVisit(at, booked.dueMinor(), terminal.storeId());
            customer.placeInTier(rules.tierFor(batch.spendWith(customer.id(), booked.dueMinor())).name());
            balanceAfter = customer.pointsBalance();
            sale.balanceAfter(balanceAfter);
        }
        sale.tillFigures(till.dueMinor(), till.pointsEarned(), differences);
        SaleOutcome outcome = new SaleOutcome(record.saleId(), SaleOutcome.Status.ACCEPTED,
                resolved == null ? null : resolved.note(),
                customer == null ? null : UUID.fromString(customer.id()),
                booked.pointsEarned(), booked.pointsRedeemed(), balanceAfter);
        return new Applied(outcome, sale, customer);
    }

    /**
     * The customer as the server sees them: tier, and whether the friend's discount is theirs to have; when the
     * till gave it and it is not, why (read only then: the common sale asks nothing more of the database).
     */
    private CustomerStanding standing(Customer customer, SaleCustomer resolved, ProgramRules rules,
                                      PricedCheck charged) {
        String tier = customer.tier() == null ? rules.entryTier().name() : customer.tier();
        boolean due = rules.referral().isEnabled() && customer.referralDiscountDue();
        if (due || charged.referralDiscountMinor() == 0) {
            return new CustomerStanding(tier, due, null);
        }
        String refusal = resolved.referralRefusal() != null ? resolved.referralRefusal()
                : !rules.referral().isEnabled() ? "this program has no referrals"
                : customer.invitedBy() != null ? "the friend's discount was already used"
                : referrals.refusalAtEnrollment(customer.id())
                        .map(reason -> "the friend's code was refused at enrollment (" + reason + ")")
                        .orElse("the customer was not referred by a friend");
        return new CustomerStanding(tier, false, refusal);
    }

    /**
     * Who the sale is for, locked; null when anonymous. Customers the till knew by id were locked up front with the
     * batch (in id order); one found by phone, or enrolled now, is locked here.
     */
    private SaleCustomer resolveCustomer(AuthenticatedTerminal terminal, SaleRecord record, ProgramRules rules,
                                         Instant at, Instant now, IngestBatch batch) {
        EnrollmentRecord enrollment = record.enrollment();
        if (enrollment != null) {
            return enrollments.enroll(terminal, enrollment, phone(enrollment.phoneE164(), terminal), rules,
                    record.saleId().toString(), at, now);
        }
        CustomerIdentification id = record.customer();
        if (id == null) {
            return null;
        }
        if (id.customerId() != null) {
            Optional<Customer> known = batch.lockedCustomer(id.customerId().toString());
            if (known.isPresent() && known.get().isErased()) {
                // a till that had not heard yet: the money stands, the visit is no longer anyone's
                return null;
            }
            if (known.isPresent()) {
                return SaleCustomer.known(known.get());
            }
            if (id.phoneE164() == null) {
                // a till whose cache outlived the server's data: the phone would have found them
                throw new SaleRejectedException("no customer has the id " + id.customerId()
                        + " and the sale names no phone");
            }
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
