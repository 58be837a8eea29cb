package dev.regulars.pos.sale;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What a cashier may not do alone, and the manager's PIN that allows it: a discount taking more than the till's
 * limit of what it applies to (10 % unless the store set another), a refund, leaving the kiosk. PINs are checked
 * against the hashes synced to the till (PBKDF2), so approval works offline.
 *
 * <p>The limit is on what the customer gets, not on each discount typed: a line's own discount and its share of the
 * check's discount together ({@link #stackNeedsManager}). Otherwise a 10 % line discount and a 10 % check discount
 * would leave the line 19 % off with no PIN. Kept per line, the whole check's reduction stays within the limit too.
 */
public final class ManagerApproval {

    /** Discounts up to this share need no manager. */
    public static final BasisPoints DEFAULT_DISCOUNT_LIMIT = BasisPoints.percent(10);

    private final BasisPoints discountLimit;

    public ManagerApproval(BasisPoints discountLimit) {
        this.discountLimit = discountLimit;
    }

    public BasisPoints discountLimit() {
        return discountLimit;
    }

    /** Whether this discount on {@code amountMinor} takes more than the limit. */
    public boolean needsManager(Discount discount, long amountMinor) {
        return discount.of(amountMinor) > discountLimit.of(amountMinor);
    }

    /**
     * Whether some line of {@code lines}, with the check's discount {@code checkDiscount} on top, is reduced by more
     * than the limit of its price before discounts. The check's discount comes off the lines' total after their own
     * discounts (loyalty-core's CheckPricer), so a line's share of it is in proportion to its total then (as the
     * VAT breakdown shares it).
     */
    public boolean stackNeedsManager(List<CheckLine> lines, Discount checkDiscount) {
        long base = lines.stream().mapToLong(CheckLine::totalMinor).sum();
        long offCheck = base <= 0 ? 0 : checkDiscount.of(base);
        for (CheckLine line : lines) {
            // (own + offCheck * total / base) > limit(gross), in exact integers: multiplied by base
            BigInteger reduction = BigInteger.valueOf(line.discountMinor()).multiply(BigInteger.valueOf(base))
                    .add(BigInteger.valueOf(offCheck).multiply(BigInteger.valueOf(line.totalMinor())));
            BigInteger allowed = BigInteger.valueOf(discountLimit.of(line.grossMinor()))
                    .multiply(BigInteger.valueOf(Math.max(base, 1)));
            if (reduction.compareTo(allowed) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a manager saw and allowed: a discount of {@code discountMinor} on {@code baseMinor}. It covers the same
     * discount later only while it takes neither more money nor a larger share than that: a fixed amount off a
     * line whose quantity dropped, or a percentage of a check that grew, needs the manager again.
     */
    public record Approved(long discountMinor, long baseMinor) {

        /** The approval of {@code discount} as it stands on {@code baseMinor} now. */
        public static Approved of(Discount discount, long baseMinor) {
            return new Approved(discount.of(baseMinor), baseMinor);
        }

        /** Whether {@code discount} on {@code baseMinor} stays within what was approved (money and share). */
        public boolean covers(Discount discount, long baseMinor) {
            long now = discount.of(baseMinor);
            // now / base <= approved / approvedBase, in integers (both bases are at most a few million minor units)
            return now <= discountMinor
                    && Math.multiplyExact(now, this.baseMinor) <= Math.multiplyExact(discountMinor, baseMinor);
        }
    }

    /**
     * Whether {@code discount} on {@code baseMinor} may stand: within the limit, or within what a manager approved
     * ({@code approved} null: nothing was).
     */
    public boolean allows(Discount discount, long baseMinor, Approved approved) {
        return !needsManager(discount, baseMinor) || approved != null && approved.covers(discount, baseMinor);
    }

    /** The manager whose PIN this is; empty for a wrong PIN or a PIN of someone who is not a manager. */
    public static Optional<CashierRecord> manager(String pin, List<CashierRecord> people) {
        if (pin == null || pin.isBlank()) {
            return Optional.empty();
        }
        return people.stream().filter(CashierRecord::isManager).filter(p -> PinHasher.matches(pin, p.pinHash()))
                .findFirst();
    }
}
