package dev.regulars.server.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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
