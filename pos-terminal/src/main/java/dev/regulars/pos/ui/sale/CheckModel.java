package dev.regulars.pos.ui.sale;

import dev.regulars.core.money.Money;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.DiscountInput;
import dev.regulars.pos.sale.ManagerApproval;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The check being rung up: its lines (the selected one can be raised, lowered, deleted or discounted), the discount
 * on the whole check, and the manager's approval a discount above the till's limit waits for. Refusals go to
 * {@code onRefusal}; every change calls {@code onChange} so the totals follow.
 */
public final class CheckModel {

    private final Cart cart = new Cart();
    private final ObservableList<CheckLine> lines = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Discount> checkDiscount = new SimpleObjectProperty<>(Discount.NONE);
    private final StringProperty discountInput = new SimpleStringProperty("");
    private final ObjectProperty<PendingApproval> approval = new SimpleObjectProperty<>();
    private final ManagerApproval rules;
    private final Currency currency;
    private final Supplier<List<CashierRecord>> people;
    private final Consumer<RuntimeException> onRefusal;
    private final Runnable onChange;
    private final dev.regulars.pos.sale.PinAttempts pins;
    private java.util.function.BooleanSupplier frozen = () -> false;
    private Runnable onAction = () -> { };
    private final dev.regulars.pos.sale.DiscountApprovals approved;

    /**
     * What waits for a manager's PIN, as the manager is to read it: how much comes off what, and its share.
     *
     * @param reasonKey    the words of what is asked ("manager.discountLine", "manager.discountCheck", or their
     *                     "Stacked" forms when only the discounts together go past the limit)
     * @param offMinor     the amount this discount takes off, in minor units
     * @param lineName     the line's product; null for the check
     * @param sharePercent {@code offMinor} as a percentage of what it is taken off
     * @param limit        the limit without a manager, as shown ("10%")
     */
    public record PendingApproval(String reasonKey, long offMinor, String lineName, java.math.BigDecimal sharePercent,
                                  String limit, Runnable action) {
    }

    public CheckModel(ManagerApproval rules, Currency currency, Supplier<List<CashierRecord>> people,
                      Consumer<RuntimeException> onRefusal, Runnable onChange) {
        this(rules, currency, people, new dev.regulars.pos.sale.PinAttempts(java.time.Clock.systemUTC()), onRefusal,
                onChange);
    }

    /** @param pins the till's count of wrong PINs: a manager's PIN tried here counts with the login's */
    public CheckModel(ManagerApproval rules, Currency currency, Supplier<List<CashierRecord>> people,
                      dev.regulars.pos.sale.PinAttempts pins, Consumer<RuntimeException> onRefusal,
                      Runnable onChange) {
        this.pins = pins;
        this.rules = rules;
        this.approved = new dev.regulars.pos.sale.DiscountApprovals(rules);
        this.currency = currency;
        this.people = people;
        this.onRefusal = onRefusal;
        this.onChange = onChange;
    }

    /** Runs as each action of the cashier starts (the screen clears the message of the action before). */
    public void onAction(Runnable starting) {
        this.onAction = starting;
    }

    /**
     * While this holds (a payment was taken), the check does not change: a card already charged must not be
     * forgotten or charged again for a different amount; the cashier undoes the payment first.
     */
    public void freezeWhen(java.util.function.BooleanSupplier paid) {
        this.frozen = paid;
    }

    private boolean frozen() {
        onAction.run();
        if (frozen.getAsBoolean()) {
            onRefusal.accept(new KeyedRefusal("A payment is taken: undo it before changing the check",
                    "pay.locked"));
            return true;
        }
        return false;
    }

    public void add(CheckLine line) {
        if (frozen()) {
            return;
        }
        try {
            cart.add(line);
        } catch (KeyedRefusal full) {
            // refused before anything is journalled: the check stays as it was
            onRefusal.accept(full);
            return;
        }
        changed();
        selected.set(indexOf(line));
    }

    private int indexOf(CheckLine line) {
        List<CheckLine> now = cart.lines();
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).sameItemAs(line)) {
                return i;
            }
        }
        return now.size() - 1;
    }

    public void plusOne() {
        if (frozen()) {
            return;
        }
        onSelected(i -> cart.setQuantity(i, cart.lines().get(i).quantity() + 1));
    }

    public void minusOne() {
        if (frozen()) {
            return;
        }
        onSelected(cart::removeOne);
    }

    public void delete() {
        if (frozen()) {
            return;
        }
        onSelected(cart::remove);
    }

    /** The typed discount on the selected line; above the limit of the line's price it waits for a manager. */
    public void discountLine() {
        if (frozen()) {
            return;
        }
        int index = selected.get();
        if (index < 0 || index >= cart.lines().size()) {
            onRefusal.accept(new KeyedRefusal("Select a line first", "check.noLine"));
            return;
        }
        Discount discount = parsed();
        if (discount != null) {
            CheckLine line = cart.lines().get(index);
            List<CheckLine> after = new java.util.ArrayList<>(cart.lines());
            after.set(index, line.withDiscount(discount));
            boolean stacked = rules.stackNeedsManager(after, checkDiscount.get());
            guarded(discount, line.grossMinor(), stacked, line.name(), byManager -> {
                cart.discount(index, discount);
                if (byManager) {
                    approved.approvedLine(cart.lines().get(index));
                }
                changed();
            });
        }
    }

    /** The typed discount on the whole check; above the limit of the lines' total it waits for a manager. */
    public void discountCheck() {
        if (frozen()) {
            return;
        }
        Discount discount = parsed();
        if (discount != null) {
            boolean stacked = rules.stackNeedsManager(cart.lines(), discount);
            guarded(discount, dev.regulars.pos.sale.DiscountApprovals.checkBase(cart), stacked, null, byManager -> {
                checkDiscount.set(discount);
                approved.check(discount, cart, byManager);
                changed();
            });
        }
    }

    /** The manager's PIN for what waits; a wrong one leaves it waiting (and counts towards the PIN lock). */
    public void approve(String pin) {
        PendingApproval pending = approval.get();
        if (pending == null) {
            return;
        }
        onAction.run();
        try {
            if (pins.attempt(() -> ManagerApproval.manager(pin, people.get())).isEmpty()) {
                onRefusal.accept(new KeyedRefusal("That is not a manager's PIN", "manager.wrong"));
                return;
            }
        } catch (KeyedRefusal locked) {
            onRefusal.accept(locked);
            return;
        }
        approval.set(null);
        pending.action().run();
    }

    public void cancelApproval() {
        onAction.run();
        approval.set(null);
    }

    /**
     * Applies the discount at once within the limit (false: no approval); above it, once a manager's PIN is in.
     * {@code stacked}: with the other discounts of the check, some line would be more than the limit off
     * ({@link ManagerApproval#stackNeedsManager}), though this discount alone is not.
     */
    private void guarded(Discount discount, long base, boolean stacked, String lineName,
                         java.util.function.Consumer<Boolean> apply) {
        // an amount off larger than what it comes off is a typing slip (99999999 for 9.99), not "all of it": refused
        // as "1000%" is, rather than taken as 100 % behind a manager's PIN
        if (discount.kind() == Discount.Kind.FIXED && discount.fixedMinor() > base) {
            Money off = new Money(discount.fixedMinor(), currency);
            Money of = new Money(base, currency);
            onRefusal.accept(new KeyedRefusal("A discount of " + off.toDecimal().toPlainString() + " is more than the "
                    + (lineName == null ? "check's " : "line's ") + of.toDecimal().toPlainString(),
                    lineName == null ? "discount.moreThanCheck" : "discount.moreThanLine", off, of));
            return;
        }
        discountInput.set("");
        if (stacked || rules.needsManager(discount, base)) {
            long off = discount.of(base);
            String key = (lineName == null ? "manager.discountCheck" : "manager.discountLine")
                    + (rules.needsManager(discount, base) ? "" : "Stacked");
            approval.set(new PendingApproval(key, off, lineName, share(discount, off, base),
                    rules.discountLimit().toString(), () -> apply.accept(true)));
        } else {
            apply.accept(false);
        }
    }

    /**
     * The discount's share of {@code base}, in percent to one decimal, as the manager is asked to approve it: the
     * percentage typed (10.5 % is 10.5 %, not the 10.3 % that the €0.30 it takes off €2.90 is), else the amount's
     * share rounded half up (€2.61 of €23.20 is 11.25 %: 11.3 %).
     */
    static java.math.BigDecimal share(Discount discount, long off, long base) {
        if (discount.kind() == Discount.Kind.PERCENT && off == discount.percent().of(base)) {
            return java.math.BigDecimal.valueOf(discount.percent().value(), 2)
                    .setScale(1, java.math.RoundingMode.HALF_UP);
        }
        return base <= 0 ? java.math.BigDecimal.ZERO : java.math.BigDecimal.valueOf(off * 100)
                .divide(java.math.BigDecimal.valueOf(base), 1, java.math.RoundingMode.HALF_UP);
    }

    private Discount parsed() {
        try {
            return DiscountInput.parse(discountInput.get(), currency);
        } catch (KeyedRefusal e) {
            onRefusal.accept(e);
            return null;
        }
    }

    private void onSelected(java.util.function.IntConsumer change) {
        int index = selected.get();
        if (index < 0 || index >= cart.lines().size()) {
            onRefusal.accept(new KeyedRefusal("Select a line first", "check.noLine"));
            return;
        }
        try {
            change.accept(index);
        } catch (IllegalArgumentException e) {
            onRefusal.accept(e);
            return;
        }
        changed();
        selected.set(Math.min(index, cart.lines().size() - 1));
    }

    /**
     * A check kept in the journal before the till restarted, as it was: its discounts stand as approved then.
     */
    public void restore(List<CheckLine> kept, Discount keptCheckDiscount) {
        kept.forEach(cart::add);
        checkDiscount.set(keptCheckDiscount);
        approved.restored(cart, keptCheckDiscount);
        changed();
    }

    /** Empties the check for the next customer. */
    public void clear() {
        cart.clear();
        approved.clear();
        checkDiscount.set(Discount.NONE);
        discountInput.set("");
        approval.set(null);
        changed();
    }

    private void changed() {
        // a PIN asked for the check as it was must not approve the check as it is now
        approval.set(null);
        var kept = approved.keepApproved(cart, checkDiscount.get());
        checkDiscount.set(kept.checkDiscount());
        kept.lapsed().forEach(onRefusal);
        lines.setAll(cart.lines());
        if (selected.get() >= lines.size()) {
            selected.set(lines.size() - 1);
        }
        onChange.run();
    }

    public List<CheckLine> snapshot() {
        return cart.lines();
    }

    public boolean isEmpty() {
        return cart.isEmpty();
    }

    public ObservableList<CheckLine> lines() {
        return lines;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<Discount> checkDiscountProperty() {
        return checkDiscount;
    }

    public StringProperty discountInputProperty() {
        return discountInput;
    }

    public ObjectProperty<PendingApproval> approvalProperty() {
        return approval;
    }
}
