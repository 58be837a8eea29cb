package dev.regulars.server.sales;

/** Another request applied a sale with this id first; the caller reports the stored one as a duplicate. */
public class SaleIdTakenException extends RuntimeException {

    public SaleIdTakenException(String saleId, Throwable cause) {
        super("sale " + saleId + " was applied concurrently", cause);
    }
}
