package dev.regulars.pos.sale;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import java.util.List;
import java.util.Optional;

/**
 * What a cashier may not do alone, and the manager's PIN that allows it: a discount taking more than the till's
 * limit of what it applies to (10 % unless the store set another), a refund, leaving the kiosk. PINs are checked
 * against the hashes synced to the till (PBKDF2), so approval works offline.
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

    /** The manager whose PIN this is; empty for a wrong PIN or a PIN of someone who is not a manager. */
    public static Optional<CashierRecord> manager(String pin, List<CashierRecord> people) {
        if (pin == null || pin.isBlank()) {
            return Optional.empty();
        }
        return people.stream().filter(CashierRecord::isManager).filter(p -> PinHasher.matches(pin, p.pinHash()))
                .findFirst();
    }
}
