package dev.regulars.pos.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.sync.CatalogItem;
import java.util.ArrayList;
import java.util.List;

/** What the cashier has rung up so far. Adding the same product again raises its quantity. */
public final class Cart {

    private final List<CheckLine> lines = new ArrayList<>();

    public void add(CatalogItem item) {
        for (int i = 0; i < lines.size(); i++) {
            CheckLine line = lines.get(i);
            if (line.sku().equals(item.sku()) && line.unitPriceMinor() == item.priceMinor()) {
                lines.set(i, new CheckLine(line.sku(), line.name(), line.quantity() + 1, line.unitPriceMinor()));
                return;
            }
        }
        lines.add(new CheckLine(item.sku(), item.name(), 1, item.priceMinor()));
    }

    /** Takes one off the line; the line goes when its quantity reaches zero. */
    public void removeOne(int index) {
        CheckLine line = lines.get(index);
        if (line.quantity() == 1) {
            lines.remove(index);
        } else {
            lines.set(index, new CheckLine(line.sku(), line.name(), line.quantity() - 1, line.unitPriceMinor()));
        }
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
