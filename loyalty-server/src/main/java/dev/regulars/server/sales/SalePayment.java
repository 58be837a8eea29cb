package dev.regulars.server.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

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

    static final List<String> COLUMNS = List.of("sale_id", "payment_no", "method", "amount_minor",
            "tendered_minor");

    Object[] row(String saleId, int paymentNo) {
        return new Object[] {saleId, paymentNo, method, amountMinor, tenderedMinor};
    }

    SalePayment(String method, long amountMinor, long tenderedMinor) {
        this.method = method;
        this.amountMinor = amountMinor;
        this.tenderedMinor = tenderedMinor;
    }
}
