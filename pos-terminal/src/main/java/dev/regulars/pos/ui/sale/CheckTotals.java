package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.PricedCheck;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The totals under the check as the cashier reads them: subtotal, discounts, amount due and points earned. */
public final class CheckTotals {

    private final StringProperty subtotal = new SimpleStringProperty("");
    private final StringProperty discount = new SimpleStringProperty("");
    private final StringProperty due = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final SaleTexts texts;

    CheckTotals(SaleTexts texts) {
        this.texts = texts;
    }

    /** @param anonymous nobody to earn points; {@code welcome} points an enrollment brings on top */
    void show(PricedCheck priced, boolean anonymous, long welcome) {
        subtotal.set(texts.money(priced.subtotalMinor()));
        String referral = priced.referralDiscountMinor() == 0 ? ""
                : "−" + texts.money(priced.referralDiscountMinor()) + " friend's welcome";
        String redeemed = priced.pointsRedeemed() == 0 ? ""
                : "−" + texts.money(priced.redeemDiscountMinor()) + " (" + priced.pointsRedeemed() + " points)";
        String cashier = priced.checkDiscountMinor() == 0 ? "" : "−" + texts.money(priced.checkDiscountMinor());
        discount.set(String.join(", ", java.util.stream.Stream.of(cashier, referral, redeemed)
                .filter(part -> !part.isEmpty()).toList()));
        due.set(texts.money(priced.dueMinor()));
        points.set(anonymous ? ""
                : "Earns " + priced.pointsEarned() + " points" + (welcome > 0 ? " + " + welcome + " welcome" : ""));
    }

    public ReadOnlyStringProperty subtotalProperty() {
        return subtotal;
    }

    public ReadOnlyStringProperty discountProperty() {
        return discount;
    }

    public ReadOnlyStringProperty dueProperty() {
        return due;
    }

    public ReadOnlyStringProperty pointsProperty() {
        return points;
    }
}
