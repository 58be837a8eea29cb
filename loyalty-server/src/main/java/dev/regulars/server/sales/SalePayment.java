package dev.regulars.server.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A payment of an applied sale. */
@Embeddable
public class SalePayment {

    private String method;
    @Column(name = "amount_minor")
    private long amountMinor;
    @Column(name = "tendered_minor")
    private long tenderedMinor;

    protected SalePayment() {
    }

    SalePayment(String method, long amountMinor, long tenderedMinor) {
        this.method = method;
        this.amountMinor = amountMinor;
        this.tenderedMinor = tenderedMinor;
    }
}
