package dev.regulars.pos.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.SaleRecordCheck;
import dev.regulars.core.words.KeyedRefusal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cashier has rung up so far. The same item again (same product, modifiers, price and discount) raises the
 * line's quantity instead of adding a line. The server takes no sale of more than {@link SaleRecordCheck#MAX_LINES}
 * lines or a quantity above {@link SaleRecordCheck#MAX_QUANTITY}, so the cart refuses them as they are rung up:
 * found at the sync, such a sale would be in the journal, paid, and never accepted.
 */
public final class Cart {

    private final List<CheckLine> lines = new ArrayList<>();

    /** A product without modifiers, at its catalog price and VAT rate. */
    public void add(CatalogItem item) {
        add(new CheckLine(item.sku(), item.name(), 1, item.priceMinor(), List.of(), item.vatRate(), Discount.NONE));
    }

    /**
     * @throws KeyedRefusal ("check.tooManyLines", the most) for a new line on a full check; ("check.quantity") when
     *                      the line's quantity would go above the most
     */
    public void add(CheckLine line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sameItemAs(line)) {
                setQuantity(i, (int) Math.min(Integer.MAX_VALUE, (long) lines.get(i).quantity() + line.quantity()));
                return;
            }
        }
        if (lines.size() >= SaleRecordCheck.MAX_LINES) {
            throw new KeyedRefusal("A check has at most " + SaleRecordCheck.MAX_LINES + " lines: complete this one"
                    + " and ring up the rest on the next", "check.tooManyLines", SaleRecordCheck.MAX_LINES);
        }
        if (line.quantity() < 1 || line.quantity() > SaleRecordCheck.MAX_QUANTITY) {
            throw quantityRefused();
        }
        lines.add(line);
    }

    private static KeyedRefusal quantityRefused() {
        return new KeyedRefusal("A quantity is 1 to " + SaleRecordCheck.MAX_QUANTITY, "check.quantity",
                SaleRecordCheck.MAX_QUANTITY);
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
     * @throws KeyedRefusal ("check.quantity") for a quantity below 1 (delete the line instead) or above 10,000
     */
    public void setQuantity(int index, int quantity) {
        if (quantity < 1 || quantity > SaleRecordCheck.MAX_QUANTITY) {
            throw quantityRefused();
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
