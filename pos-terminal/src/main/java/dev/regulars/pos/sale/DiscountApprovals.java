package dev.regulars.pos.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.words.KeyedRefusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What managers approved of one check's discounts, and what a change of the check leaves unapproved. An approval
 * covers what the manager saw ({@link ManagerApproval.Approved}): a change that makes a discount take more than the
 * limit and more than was approved (a fixed amount off fewer items, a percentage of a grown check) takes it off;
 * the cashier asks the manager again if it should stay.
 */
public final class DiscountApprovals {

    private final ManagerApproval rules;
    /** By the line at quantity 1, discount included: a line's quantity may change, its item not. */
    private final Map<CheckLine, ManagerApproval.Approved> lines = new HashMap<>();
    private ManagerApproval.Approved check;

    public DiscountApprovals(ManagerApproval rules) {
        this.rules = rules;
    }

    /** What the check's discount applies to: the lines after their own discounts. */
    public static long checkBase(Cart cart) {
        return cart.lines().stream().mapToLong(CheckLine::totalMinor).sum();
    }

    /** A manager approved this line's discount as it stands. */
    public void approvedLine(CheckLine discounted) {
        lines.put(discounted.withQuantity(1), ManagerApproval.Approved.of(discounted.discount(),
                discounted.grossMinor()));
    }

    /** A manager approved (or, with false, nobody needed to approve) the check's discount as it stands. */
    public void check(Discount discount, Cart cart, boolean approved) {
        check = approved ? ManagerApproval.Approved.of(discount, checkBase(cart)) : null;
    }

    /** A check kept before the till restarted: its discounts stand as approved then. */
    public void restored(Cart cart, Discount checkDiscount) {
        cart.lines().stream().filter(l -> rules.needsManager(l.discount(), l.grossMinor()))
                .forEach(this::approvedLine);
        check = ManagerApproval.Approved.of(checkDiscount, checkBase(cart));
    }

    public void clear() {
        lines.clear();
        check = null;
    }

    /**
     * Takes off each discount of {@code cart} that is no longer within the limit nor what was approved.
     *
     * @return the check's discount that may stand (NONE when it lapsed) and what lapsed, in words
     */
    public Kept keepApproved(Cart cart, Discount checkDiscount) {
        List<KeyedRefusal> lapsed = new ArrayList<>();
        List<CheckLine> now = cart.lines();
        for (int i = 0; i < now.size(); i++) {
            CheckLine line = now.get(i);
            if (!line.discount().equals(Discount.NONE) && !rules.allows(line.discount(), line.grossMinor(),
                    lines.get(line.withQuantity(1)))) {
                cart.discount(i, Discount.NONE);
                lapsed.add(new KeyedRefusal("The discount on " + line.name() + " is more than was approved:"
                        + " it is taken off", "discount.lapsed", line.name()));
            }
        }
        lines.keySet().retainAll(cart.lines().stream().map(l -> l.withQuantity(1)).toList());
        Discount kept = checkDiscount;
        if (!kept.equals(Discount.NONE) && !rules.allows(kept, checkBase(cart), check)) {
            kept = Discount.NONE;
            lapsed.add(new KeyedRefusal("The discount on the check is more than was approved: it is taken off",
                    "discount.lapsedCheck"));
        }
        if (kept.equals(Discount.NONE)) {
            check = null;
        }
        return new Kept(kept, lapsed);
    }

    /** @param checkDiscount the check's discount that stands; @param lapsed what was taken off, in words */
    public record Kept(Discount checkDiscount, List<KeyedRefusal> lapsed) {
    }
}
