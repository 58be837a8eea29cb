package dev.regulars.core.sync;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.pricing.Modifier;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Structural checks of a sale before anything of it is applied: every problem is reported in words a person at
 * the till or the server's operator understands. Pricing is not repeated here; see CheckPricer.
 */
public final class SaleRecordCheck {

    public static final int MAX_LINES = 200;
    public static final int MAX_NAME = 100;
    public static final int MAX_SKU = 64;
    public static final int MAX_LINE_NAME = 200;
    public static final int MAX_QUANTITY = 10_000;
    public static final int MAX_MODIFIERS = 20;
    /**
     * The highest unit price and payment, in minor units (100 million in major units, more than any counter
     * sells): with at most {@link #MAX_LINES} lines of {@link #MAX_QUANTITY}, every sum stays far inside a long.
     */
    public static final long MAX_AMOUNT_MINOR = 10_000_000_000L;
    private static final int MAX_ECHO = 40;

    private SaleRecordCheck() {
    }

    /** All problems of the sale; empty when it can be applied. */
    public static List<String> problems(SaleRecord sale) {
        List<String> problems = new ArrayList<>();
        if (sale.saleId() == null) {
            problems.add("saleId is missing");
        }
        if (sale.rungUpAt() == null) {
            problems.add("rungUpAt is missing");
        }
        checkCurrency(sale.currency(), problems);
        checkLines(sale.lines(), problems);
        if (sale.rulesVersion() < 1) {
            problems.add("rulesVersion starts at 1, was " + sale.rulesVersion());
        }
        if (sale.pointsRedeemed() < 0) {
            problems.add("pointsRedeemed must not be negative");
        }
        if (sale.tillFigures() == null) {
            problems.add("tillFigures are missing");
        } else if (problems.isEmpty()) {
            checkTotals(sale, problems);
        }
        if (sale.customer() == null && sale.pointsRedeemed() > 0) {
            problems.add("points were redeemed on a sale without a customer");
        }
        if (sale.enrollment() != null && (sale.enrollment().phoneE164() == null
                || sale.enrollment().consentAt() == null)) {
            problems.add("an enrollment needs the phone and the moment consent was asked");
        }
        if (sale.enrollment() != null) {
            checkEnrollment(sale.enrollment(), problems);
        }
        return problems;
    }

    private static void checkEnrollment(EnrollmentRecord enrollment, List<String> problems) {
        if (enrollment.firstName() != null && enrollment.firstName().length() > MAX_NAME) {
            problems.add("a first name has at most " + MAX_NAME + " characters");
        }
        if (enrollment.lastName() != null && enrollment.lastName().length() > MAX_NAME) {
            problems.add("a last name has at most " + MAX_NAME + " characters");
        }
        CardLink card = enrollment.card();
        if (card != null) {
            if (card.kind() == null) {
                problems.add("the enrollment's card needs its kind (PRINTED or NFC)");
            }
            if (CardNumbers.normalize(card.number()).isEmpty()) {
                problems.add("the enrollment's card: " + CardNumbers.notACardNumber(card.number()));
            }
        }
    }

    /** Input named back in a message: cut short, so a huge field is not echoed whole. */
    static String echo(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }

    private static void checkCurrency(String currency, List<String> problems) {
        if (currency == null) {
            problems.add("currency is missing");
            return;
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            problems.add("\"" + echo(currency) + "\" is not an ISO 4217 currency code");
        }
    }

    private static void checkLines(List<SaleLineRecord> lines, List<String> problems) {
        if (lines == null || lines.isEmpty()) {
            problems.add("a sale needs at least one line");
            return;
        }
        if (lines.size() > MAX_LINES) {
            problems.add("a sale has at most " + MAX_LINES + " lines, this one has " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            SaleLineRecord line = lines.get(i);
            String where = "line " + (i + 1);
            if (line == null) {
                problems.add(where + " is empty");
                continue;
            }
            if (line.sku() == null || line.sku().isBlank()) {
                problems.add(where + " has no product code");
            } else if (line.sku().length() > MAX_SKU) {
                problems.add(where + ": a product code has at most " + MAX_SKU + " characters");
            }
            if (line.name() != null && line.name().length() > MAX_LINE_NAME) {
                problems.add(where + ": a product name has at most " + MAX_LINE_NAME + " characters");
            }
            String sku = echo(line.sku());
            if (line.quantity() <= 0) {
                problems.add(where + " (" + sku + "): quantity must be positive, was " + line.quantity());
            } else if (line.quantity() > MAX_QUANTITY) {
                problems.add(where + " (" + sku + "): quantity must be at most " + MAX_QUANTITY + ", was "
                        + line.quantity());
            }
            if (line.unitPriceMinor() < 0) {
                problems.add(where + " (" + sku + "): price must not be negative, was " + line.unitPriceMinor());
            } else if (line.unitPriceMinor() > MAX_AMOUNT_MINOR) {
                problems.add(where + " (" + sku + "): price must be at most " + MAX_AMOUNT_MINOR
                        + " minor units, was " + line.unitPriceMinor());
            }
            checkModifiers(line, where + " (" + sku + ")", problems);
        }
    }

    private static void checkModifiers(SaleLineRecord line, String where, List<String> problems) {
        if (line.modifiers().size() > MAX_MODIFIERS) {
            problems.add(where + ": a line has at most " + MAX_MODIFIERS + " modifiers");
            return;
        }
        long unit = line.unitPriceMinor();
        for (Modifier m : line.modifiers()) {
            if (m == null) {
                problems.add(where + ": a modifier is empty");
                return;
            }
            if (Math.abs(m.priceDeltaMinor()) > MAX_AMOUNT_MINOR) {
                problems.add(where + ": the modifier " + echo(m.option()) + " changes the price by more than "
                        + MAX_AMOUNT_MINOR + " minor units");
                return;
            }
            if ((m.group() != null && m.group().length() > MAX_NAME) || m.option().length() > MAX_NAME) {
                problems.add(where + ": a modifier's names have at most " + MAX_NAME + " characters");
            }
            unit += m.priceDeltaMinor();
        }
        if (unit < 0 && line.unitPriceMinor() >= 0) {
            problems.add(where + ": its modifiers take the price below zero");
        }
    }

    private static void checkTotals(SaleRecord sale, List<String> problems) {
        SaleRecord.TillFigures figures = sale.tillFigures();
        long subtotal = 0;
        for (SaleLineRecord line : sale.lines()) {
            subtotal = Math.addExact(subtotal, line.toCheckLine().totalMinor());
        }
        if (subtotal != figures.subtotalMinor()) {
            problems.add("the lines add up to " + subtotal + " but the subtotal says " + figures.subtotalMinor());
        }
        long checkDiscount = figures.checkDiscountMinor();
        if (figures.referralDiscountMinor() < 0 || figures.redeemDiscountMinor() < 0 || checkDiscount < 0) {
            problems.add("discounts must not be negative");
            return;
        }
        if (figures.referralDiscountMinor() > subtotal || figures.redeemDiscountMinor() > subtotal
                || checkDiscount > subtotal || figures.dueMinor() < 0) {
            problems.add("discounts cannot take more than the subtotal " + subtotal);
            return;
        }
        if (sale.pointsRedeemed() > subtotal) {
            // a point is worth at least one minor unit: more points than that cannot have paid for this check
            problems.add(sale.pointsRedeemed() + " points cannot have paid part of a check of " + subtotal
                    + " minor units");
        }
        if (figures.subtotalMinor() - checkDiscount - figures.referralDiscountMinor()
                - figures.redeemDiscountMinor() != figures.dueMinor()) {
            problems.add("subtotal " + figures.subtotalMinor() + " minus discounts " + checkDiscount + ", "
                    + figures.referralDiscountMinor() + " and " + figures.redeemDiscountMinor()
                    + " is not the amount due " + figures.dueMinor());
        }
        List<PaymentRecord> payments = sale.payments() == null ? List.of() : sale.payments();
        long paid = 0;
        for (PaymentRecord payment : payments) {
            if (payment == null || payment.method() == null) {
                problems.add("a payment has no method");
                return;
            }
            if (payment.amountMinor() <= 0 || payment.amountMinor() > MAX_AMOUNT_MINOR) {
                problems.add("a " + payment.method() + " payment must be 1 to " + MAX_AMOUNT_MINOR
                        + " minor units, was " + payment.amountMinor());
                return;
            }
            if (payment.tenderedMinor() < payment.amountMinor()) {
                problems.add("a " + payment.method() + " payment tendered less than its amount");
            } else if (payment.method() != PaymentRecord.PaymentMethod.CASH && payment.tenderedMinor() != payment.amountMinor()) {
                problems.add("a " + payment.method() + " payment tenders exactly its amount; only cash gives change");
            } else if (payment.tenderedMinor() > MAX_AMOUNT_MINOR) {
                problems.add("a cash payment tendered more than " + MAX_AMOUNT_MINOR + " minor units");
            }
            paid = Math.addExact(paid, payment.amountMinor());
        }
        if (paid != figures.dueMinor()) {
            problems.add("payments add up to " + paid + " but " + figures.dueMinor() + " was due");
        }
    }
}
