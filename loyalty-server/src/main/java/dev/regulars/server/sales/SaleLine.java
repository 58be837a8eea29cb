package dev.regulars.server.sales;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.sync.WireJson;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * A line of an applied sale: the product at its catalog price, the modifiers chosen (their deltas per unit summed,
 * and the list kept as JSON for receipts and reports), the VAT rate and the cashier's discount on the line, all in
 * minor units.
 */
@Embeddable
public class SaleLine {

    private String sku;
    private String name;
    private int quantity;
    @Column(name = "unit_price_minor")
    private long unitPriceMinor;
    @Column(name = "modifiers_minor")
    private long modifiersMinor;
    private String modifiers;
    @Column(name = "vat_rate_bp")
    private int vatRateBp;
    @Column(name = "discount_minor")
    private long discountMinor;

    protected SaleLine() {
    }

    /** The line as the till sent it, priced by loyalty-core. */
    SaleLine(CheckLine line) {
        this.sku = line.sku();
        this.name = line.name();
        this.quantity = line.quantity();
        this.unitPriceMinor = line.unitPriceMinor();
        this.modifiersMinor = line.unitTotalMinor() - line.unitPriceMinor();
        this.modifiers = line.modifiers().isEmpty() ? null : json(line.modifiers());
        this.vatRateBp = line.vatRate().value();
        this.discountMinor = line.discountMinor();
    }

    static final List<String> COLUMNS = List.of("sale_id", "line_no", "sku", "name", "quantity",
            "unit_price_minor", "modifiers_minor", "modifiers", "vat_rate_bp", "discount_minor");

    Object[] row(String saleId, int lineNo) {
        return new Object[] {saleId, lineNo, sku, name, quantity, unitPriceMinor, modifiersMinor, modifiers,
                vatRateBp, discountMinor};
    }

    int quantity() {
        return quantity;
    }

    long unitPriceMinor() {
        return unitPriceMinor;
    }

    /** What the line cost on the check: unit price with modifiers, times quantity, less the line's discount. */
    long totalMinor() {
        return Math.multiplyExact(unitPriceMinor + modifiersMinor, (long) quantity) - discountMinor;
    }

    String sku() {
        return sku;
    }

    private static String json(List<Modifier> modifiers) {
        try {
            return WireJson.mapper().writeValueAsString(modifiers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("modifiers cannot be written as JSON", e);
        }
    }
}
