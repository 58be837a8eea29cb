package dev.regulars.server.sales;

/** A sale that cannot be applied as sent; nothing of it is written and the till is told why. */
public class SaleRejectedException extends RuntimeException {

    public SaleRejectedException(String message) {
        super(message);
    }
}
