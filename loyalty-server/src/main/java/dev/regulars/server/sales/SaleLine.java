package dev.regulars.server.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/** A line of an applied sale. */
@Embeddable
public class SaleLine {

    private String sku;
    private String name;
    private int quantity;
    @Column(name = "unit_price_minor")
    private long unitPriceMinor;

    protected SaleLine() {
    }

    SaleLine(String sku, String name, int quantity, long unitPriceMinor) {
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
    }

    static final List<String> COLUMNS = List.of("sale_id", "line_no", "sku", "name", "quantity",
            "unit_price_minor");

    Object[] row(String saleId, int lineNo) {
        return new Object[] {saleId, lineNo, sku, name, quantity, unitPriceMinor};
    }

    int quantity() {
        return quantity;
    }

    long unitPriceMinor() {
        return unitPriceMinor;
    }

    String sku() {
        return sku;
    }
}
