package dev.regulars.pos.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CatalogItem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cashier has rung up so far. The same item again (same product, modifiers, price and discount) raises the
 * line's quantity instead of adding a line.
 */
public final class Cart {

    private final List<CheckLine> lines = new ArrayList<>();

    /** A product without modifiers, at its catalog price and VAT rate. */
    public void add(CatalogItem item) {
        add(new CheckLine(item.sku(), item.name(), 1, item.priceMinor(), List.of(), item.vatRate(), Discount.NONE));
    }

    public void add(CheckLine line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sameItemAs(line)) {
                lines.set(i, lines.get(i).withQuantity(lines.get(i).quantity() + line.quantity()));
                return;
            }
        }
        lines.add(line);
    }

    /** Takes one off the line; the line goes when its quantity reaches zero. */
    public void removeOne(int index) {
        CheckLine line = lines.get(index);
        if (line.quantity() == 1) {
            lines.remove(index);
        } else {
            lines.set(index, line.withQuantity(line.quantity() - 1));
        }
    }

    /**
     * @throws dev.regulars.core.words.KeyedRefusal ("check.quantity") for a quantity below 1 (delete the line
     *         instead) or above 10,000
     */
    public void setQuantity(int index, int quantity) {
        if (quantity < 1 || quantity > dev.regulars.core.sync.SaleRecordCheck.MAX_QUANTITY) {
            throw new dev.regulars.core.words.KeyedRefusal("A quantity is 1 to "
                    + dev.regulars.core.sync.SaleRecordCheck.MAX_QUANTITY, "check.quantity",
                    dev.regulars.core.sync.SaleRecordCheck.MAX_QUANTITY);
        }
        lines.set(index, lines.get(index).withQuantity(quantity));
    }

    public void remove(int index) {
        lines.remove(index);
    }

    /** The cashier's discount on one line ({@link Discount#NONE} takes it away). */
    public void discount(int index, Discount discount) {
        lines.set(index, lines.get(index).withDiscount(discount));
    }

    public void clear() {
        lines.clear();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<CheckLine> lines() {
        return List.copyOf(lines);
    }
}
