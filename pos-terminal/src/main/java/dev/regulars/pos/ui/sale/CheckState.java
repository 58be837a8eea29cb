package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.OpenSale;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The check as it stands and shows: its lines in words, the totals, the points the customer may pay with, the
 * amount the payment waits for; and the open check kept in the journal at every change.
 */
final class CheckState {

    private final ObservableList<String> cartLines = FXCollections.observableArrayList();
    private final CheckModel check;
    private final CustomerModel customers;
    private final PointsModel points;
    private final PaymentModel payment;
    private final SaleCompletion completion;
    private final Checkout checkout;
    private final SaleTexts texts;
    private final CheckTotals totals;

    CheckState(CheckModel check, CustomerModel customers, PointsModel points, PaymentModel payment,
               SaleCompletion completion, Checkout checkout, SaleTexts texts, CheckTotals totals) {
        this.check = check;
        this.customers = customers;
        this.points = points;
        this.payment = payment;
        this.completion = completion;
        this.checkout = checkout;
        this.texts = texts;
        this.totals = totals;
    }

    /** After any change of the check, the customer or the points: everything shown follows. */
    void refresh() {
        List<CheckLine> lines = check.snapshot();
        CustomerAtTill customer = customers.current();
        cartLines.setAll(lines.stream().map(texts::line).toList());
        points.follow(customer, () -> checkout.preview(lines, customer, Long.MAX_VALUE,
                check.checkDiscountProperty().get()).pointsRedeemed());
        keepOpenSale();
        PricedCheck priced = priced();
        totals.show(priced, customer instanceof CustomerAtTill.Anonymous, checkout.welcomeBonus(customer));
        payment.due(priced.dueMinor());
        customers.showStatus();
    }

    void keepOpenSale() {
        completion.keep(new OpenSale(check.snapshot(), check.checkDiscountProperty().get(), payment.tenders()));
    }

    CheckDraft draft() {
        return new CheckDraft(check.snapshot(), customers.current(), points.wanted(),
                check.checkDiscountProperty().get());
    }

    PricedCheck priced() {
        return checkout.preview(check.snapshot(), customers.current(), points.wanted(),
                check.checkDiscountProperty().get());
    }

    /**
     * Whether the check costs the same with {@code other} at the till instead of the customer there now: no points
     * are paid with, and {@code other}'s prices (a friend's first-purchase discount) leave the amount due as it is.
     * Both prices are loyalty-core's ({@link Checkout#preview}).
     */
    boolean sameAmountWith(CustomerAtTill other) {
        PricedCheck now = priced();
        PricedCheck with = checkout.preview(check.snapshot(), other, 0, check.checkDiscountProperty().get());
        return now.pointsRedeemed() == 0 && with.dueMinor() == now.dueMinor();
    }

    /** Whether the customer at the till earns points with this check (identified or enrolling). */
    boolean earnsPoints() {
        return !(customers.current() instanceof CustomerAtTill.Anonymous);
    }

    /** Points this check earns as it stands (welcome bonus included). */
    long pointsEarnedNow() {
        return earnsPoints() ? priced().pointsEarned() + checkout.welcomeBonus(customers.current()) : 0;
    }

    ObservableList<String> cartLines() {
        return cartLines;
    }
}
