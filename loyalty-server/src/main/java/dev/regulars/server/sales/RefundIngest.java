package dev.regulars.server.sales;

import dev.regulars.core.refunds.RefundCalculator;
import dev.regulars.core.refunds.RefundShare;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.RefundOutcome;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.TrailingSpend;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.referrals.ReferralProgram;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.ProgramVersions;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one refund in its own transaction: checks the quantities against what the sale sold and earlier refunds
 * returned, reverses the sale's points with loyalty-core's RefundCalculator (never more money than the sale was
 * paid), and cancels an inviter's pending bonus when a referred friend's first purchase is refunded in full. The sale row is locked, so two refunds of one
 * sale never both return the last item.
 */
@ApplicationScoped
public class RefundIngest {

    private final RefundCalculator calculator = new RefundCalculator();

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private ChangeSequence changes;
    @Inject
    private ProgramVersions programs;
    @Inject
    private ReferralProgram referrals;
    @Inject
    private TrailingSpend spend;
    @Inject
    private Clock clock;
    @Inject
    private dev.regulars.server.ledger.LedgerLots lots;

    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public RefundOutcome apply(AuthenticatedTerminal terminal, RefundRecord record, String contentSha256) {
        Sale sale = em.find(Sale.class, record.saleId().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (sale == null) {
            return RefundOutcome.of(record.refundId(), RefundOutcome.Status.DEFERRED,
                    "the sale is not on the server yet; the till sends the refund again after it");
        }
        Store store = em.find(Store.class, sale.storeId());
        if (!store.business().id().equals(terminal.businessId())) {
            throw new SaleRejectedException("this sale belongs to another business");
        }
        Instant now = clock.instant();
        // as far as the till's clock can be believed: not before the sale, not after its arrival here
        Instant at = TillClock.believable(record.refundedAt(), sale.rungUpAt(), now);
        checkPaidBack(record);
        Refund refund = new Refund(record.refundId().toString(), sale.id(), terminal.terminalId(), at, now,
                contentSha256);
        refund.people(record.paidBackBy() == null ? null : record.paidBackBy().name(),
                record.cashierId() == null ? null : record.cashierId().toString(),
                record.approvedBy() == null ? null : record.approvedBy().toString());
        if (record.paidBack() != null) {
            record.paidBack().forEach(part -> refund.paidBack().add(
                    new Refund.PaidBack(part.method().name(), part.amountMinor())));
        }
        try {
            em.persist(refund);
            em.flush();
        } catch (PersistenceException e) {
            throw new SaleIdTakenException(refund.saleId(), e);
        }

        long refundNow = checkQuantities(sale, record);
        List<Refund> earlier = earlierRefunds(sale.id(), refund);
        long refundedBefore = earlier.stream().mapToLong(Refund::refundedSubtotalMinor).sum();
        // a sale made before its customer was merged: the refund lands on the record that stays
        Customer customer = sale.customerId() == null ? null
                : customers.lockById(terminal.businessId(), sale.customerId()).orElseThrow();
        RefundShare share = customer == null ? calculator.reverse(sale.priced(), refundedBefore, refundNow)
                : calculator.reverse(sale.priced(), refundedBefore, refundNow,
                        earlier.stream().mapToLong(Refund::pointsEarnedTakenBack).sum(),
                        lots.expiredOfSale(customer.id(), sale.id(), lots.termsOf(terminal.businessId()), at));
        refund.figures(refundNow, share.moneyBackMinor(), share.pointsEarnedTakenBack(),
                share.pointsRedeemedReturned());
        record.lines().forEach(l -> refund.lines().add(new Refund.Line(l.lineNo(), l.quantity())));
        if (record.tillFigures() != null) {
            refund.tillFiguresDiffer(!record.tillFigures().equals(new RefundRecord.RefundFigures(
                    share.moneyBackMinor(), share.pointsEarnedTakenBack(), share.pointsRedeemedReturned())));
        }

        Long balanceAfter = null;
        if (customer != null) {
            // both name the sale: redeemed points return to the lots they came from, earned ones leave the sale's
            // own lot (PointExpiry), so a refund neither makes old points young nor eats into older ones
            ledger.post(customer, LedgerEntryType.REFUND, share.pointsRedeemedReturned(), sale.id(),
                    "points redeemed on the sale, returned", at, null);
            ledger.post(customer, LedgerEntryType.REFUND, -share.pointsEarnedTakenBack(), sale.id(),
                    "points earned on the sale, taken back", at, null);
            customer.recordRefund(share.moneyBackMinor());
            em.flush();
            ProgramRules rules = programs.find(terminal.businessId(), sale.rulesVersion())
                    .or(() -> programs.latest(terminal.businessId())).orElseThrow();
            customer.placeInTier(rules.tierFor(spend.trailingTwelveMonths(customer.id(), at)).name());
            customer.markChanged(changes.next(terminal.businessId()));
            if (refundedBefore + refundNow == sale.priced().subtotalMinor()) {
                referrals.firstPurchaseRefundedInFull(sale.id(), now);
            }
            balanceAfter = customer.pointsBalance();
            // the customer may have spent the points this sale earned: the balance goes negative, for a manager
            refund.balanceAfter(balanceAfter, balanceAfter < 0);
        }
        em.flush();
        SaleOutbox.writeRefund(em.unwrap(java.sql.Connection.class), terminal.businessId(), sale.storeId(),
                sale.customerId(), at);
        return new RefundOutcome(record.refundId(), RefundOutcome.Status.ACCEPTED, null, share.moneyBackMinor(),
                share.pointsEarnedTakenBack(), share.pointsRedeemedReturned(), balanceAfter);
    }

    /** The value of the lines refunded now; refuses more than the sale sold minus what went back before. */
    private long checkQuantities(Sale sale, RefundRecord record) {
        List<SaleLine> sold = sale.lines();
        Map<Integer, Integer> returned = new HashMap<>();
        // earlier refunds of this sale (the one being applied has no lines yet)
        em.createQuery("SELECT r FROM Refund r WHERE r.saleId = :s", Refund.class)
                .setParameter("s", sale.id()).getResultStream()
                .forEach(r -> r.lines().forEach(l -> returned.merge(l.lineNo(), l.quantity(), Integer::sum)));
        long value = 0;
        for (RefundRecord.Line line : record.lines()) {
            if (line.lineNo() < 1 || line.lineNo() > sold.size()) {
                throw new SaleRejectedException("the sale has no line " + line.lineNo());
            }
            SaleLine soldLine = sold.get(line.lineNo() - 1);
            int left = soldLine.quantity() - returned.getOrDefault(line.lineNo(), 0);
            if (line.quantity() > left) {
                throw new SaleRejectedException("line " + line.lineNo() + " (" + soldLine.sku() + "): " + line.quantity()
                        + " to refund but only " + left + " left");
            }
            value = Math.addExact(value, RefundCalculator.lineValue(soldLine.totalMinor(), soldLine.quantity(),
                    returned.getOrDefault(line.lineNo(), 0), line.quantity()));
            returned.merge(line.lineNo(), line.quantity(), Integer::sum);
        }
        return value;
    }

    /** The sale's refunds applied before this one. */
    /**
     * A split of the money back names a method for every part, each part positive, adding up to the till's money
     * back (docs/API.md, "Push refunds"); a till that sent no split is not checked.
     */
    private static void checkPaidBack(RefundRecord record) {
        if (record.paidBack() == null) {
            return;
        }
        long sum = 0;
        for (RefundRecord.PaidBack part : record.paidBack()) {
            if (part == null || part.method() == null || part.amountMinor() <= 0) {
                throw new SaleRejectedException("every part of the money back needs a method and an amount above 0");
            }
            sum = Math.addExact(sum, part.amountMinor());
        }
        if (record.tillFigures() != null && sum != record.tillFigures().moneyBackMinor()) {
            throw new SaleRejectedException("the money back by method adds up to " + sum + ", not to the "
                    + record.tillFigures().moneyBackMinor() + " given back");
        }
    }

    private List<Refund> earlierRefunds(String saleId, Refund current) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.saleId = :s", Refund.class)
                .setParameter("s", saleId).getResultStream()
                .filter(r -> r != current).toList();
    }
}
