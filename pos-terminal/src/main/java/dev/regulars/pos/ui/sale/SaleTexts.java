package dev.regulars.pos.ui.sale;

import dev.regulars.core.money.Money;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import java.util.Currency;
import java.util.Locale;

/** The words and amounts of the sale screen: who is paying, the lines of the check, the receipt. */
final class SaleTexts {

    private static final String NO_REDEEM_BY_CARD =
            " · points can pay only with the phone number or the code from the card page";

    private final Currency currency;
    private final Locale locale;

    SaleTexts(Currency currency, Locale locale) {
        this.currency = currency;
        this.locale = locale;
    }

    String money(long minor) {
        return new Money(minor, currency).format(locale);
    }

    String line(CheckLine line) {
        return line.quantity() + " × " + line.name() + "   " + money(line.totalMinor());
    }

    /** What a line carries besides its product: modifiers with their prices, and the cashier's discount. */
    String details(CheckLine line) {
        StringBuilder text = new StringBuilder();
        for (var m : line.modifiers()) {
            text.append(text.length() == 0 ? "" : ", ").append(m.option());
            if (m.priceDeltaMinor() != 0) {
                text.append(m.priceDeltaMinor() > 0 ? " +" : " −").append(money(Math.abs(m.priceDeltaMinor())));
            }
        }
        if (line.discountMinor() > 0) {
            text.append(text.length() == 0 ? "" : " · ").append("−").append(money(line.discountMinor()));
        }
        return text.toString();
    }

    /** @param unknownPhone a phone just looked up that is not a member yet, or null */
    String customer(CustomerAtTill customer, PhoneNumber unknownPhone) {
        if (customer instanceof CustomerAtTill.Known known) {
            String name = known.cached().firstName() == null ? "Customer" : known.cached().firstName();
            return name + " · " + PhoneNumbers.formatInternational(known.phone()) + " · " + known.balance() + " points";
        }
        if (customer instanceof CustomerAtTill.Scanned scanned) {
            var found = scanned.identified();
            return (found.firstName() == null ? "Customer" : found.firstName()) + " · card · "
                    + found.pointsBalance() + " points" + (found.canRedeem() ? "" : NO_REDEEM_BY_CARD);
        }
        if (customer instanceof CustomerAtTill.Carded carded) {
            return (carded.cached().firstName() == null ? "Customer" : carded.cached().firstName()) + " · card · "
                    + carded.balance() + " points" + NO_REDEEM_BY_CARD;
        }
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            return "New: " + (enrolling.firstName() == null ? "" : enrolling.firstName() + " · ")
                    + (enrolling.card() == null ? "" : "card " + enrolling.card().number() + " · ")
                    + PhoneNumbers.formatInternational(enrolling.phone())
                    + (enrolling.marketingConsent() ? " · offers: yes" : " · offers: no");
        }
        if (unknownPhone != null) {
            return PhoneNumbers.formatInternational(unknownPhone) + " is not a member yet: enroll?";
        }
        return "No customer";
    }

    String receipt(CompletedSale sale) {
        StringBuilder text = new StringBuilder("Paid " + money(sale.priced().dueMinor()));
        if (sale.changeMinor() > 0) {
            text.append(" · change ").append(money(sale.changeMinor()));
        }
        if (sale.balanceAfter() != null) {
            text.append("\n").append(sale.customerName() == null ? "Customer" : sale.customerName());
            if (sale.priced().pointsRedeemed() > 0) {
                text.append(" used ").append(sale.priced().pointsRedeemed()).append(" points,");
            }
            text.append(" earned ").append(sale.priced().pointsEarned()).append(" points");
            if (sale.welcomeBonus() > 0) {
                text.append(" + ").append(sale.welcomeBonus()).append(" welcome");
            }
            text.append(" · balance ").append(sale.balanceAfter());
        }
        return text.toString();
    }
}
