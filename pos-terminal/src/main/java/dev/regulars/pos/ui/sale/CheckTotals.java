package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.pos.ui.TillTexts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The totals under the check as the cashier reads them: subtotal, discounts, amount due and points earned. */
public final class CheckTotals {

    private final StringProperty subtotal = new SimpleStringProperty("");
    private final StringProperty discount = new SimpleStringProperty("");
    private final StringProperty due = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final TillTexts words;

    CheckTotals(TillTexts words) {
        this.words = words;
    }

    /** @param anonymous nobody to earn points; {@code welcome} points an enrollment brings on top */
    void show(PricedCheck priced, boolean anonymous, long welcome) {
        subtotal.set(words.money(priced.subtotalMinor()));
        String referral = priced.referralDiscountMinor() == 0 ? ""
                : words.say("check.friendsWelcome", words.money(priced.referralDiscountMinor()));
        String redeemed = priced.pointsRedeemed() == 0 ? ""
                : words.say("check.redeemed", words.money(priced.redeemDiscountMinor()), priced.pointsRedeemed());
        String cashier = priced.checkDiscountMinor() == 0 ? "" : "−" + words.money(priced.checkDiscountMinor());
        // the lines' own discounts are already out of their totals and the subtotal: named as such, not left out
        String lines = priced.lineDiscountsMinor() == 0 ? ""
                : words.say("check.onLines", words.money(priced.lineDiscountsMinor()));
        discount.set(String.join(", ", java.util.stream.Stream.of(lines, cashier, referral, redeemed)
                .filter(part -> !part.isEmpty()).toList()));
        due.set(words.money(priced.dueMinor()));
        points.set(anonymous ? "" : welcome > 0 ? words.say("check.earnsWelcome", priced.pointsEarned(), welcome)
                : words.say("check.earns", priced.pointsEarned()));
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
