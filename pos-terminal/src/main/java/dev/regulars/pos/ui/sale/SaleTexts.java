package dev.regulars.pos.ui.sale;

import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.ui.TillTexts;
import java.util.ArrayList;
import java.util.List;

/** The words and amounts of the sale screen: who is paying, the lines of the check, the receipt. */
final class SaleTexts {

    private final TillTexts words;

    SaleTexts(TillTexts words) {
        this.words = words;
    }

    String money(long minor) {
        return words.money(minor);
    }

    /** The request of the manager's PIN: "A manager's PIN is needed for €0.30 off Espresso (15 %)". */
    String approval(CheckModel.PendingApproval asked) {
        return words.say("manager.prompt", words.say(asked.reasonKey(), money(asked.offMinor()), asked.lineName(),
                asked.sharePercent(), asked.limit()));
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
            return words.say("customer.known", name(known.cached().firstName()),
                    PhoneNumbers.formatInternational(known.phone()), known.balance());
        }
        if (customer instanceof CustomerAtTill.Scanned scanned) {
            var found = scanned.identified();
            // a static card earns only; the rotating code from the card page may pay with points
            return words.say(found.canRedeem() ? "customer.card" : "customer.cardEarnsOnly",
                    name(found.firstName()), found.pointsBalance());
        }
        if (customer instanceof CustomerAtTill.Carded carded) {
            return words.say("customer.cardEarnsOnly", name(carded.cached().firstName()), carded.balance());
        }
        if (customer instanceof CustomerAtTill.Enrolling enrolling) {
            List<String> parts = new ArrayList<>();
            if (enrolling.firstName() != null) {
                parts.add(enrolling.firstName());
            }
            if (enrolling.card() != null) {
                parts.add(words.say("customer.newCard", enrolling.card().number()));
            }
            parts.add(PhoneNumbers.formatInternational(enrolling.phone()));
            parts.add(words.say(enrolling.marketingConsent() ? "customer.offersYes" : "customer.offersNo"));
            return words.say("customer.new", String.join(" · ", parts));
        }
        if (unknownPhone != null) {
            return words.say("customer.unknownPhone", PhoneNumbers.formatInternational(unknownPhone));
        }
        return words.say("customer.none");
    }

    /** "Paid €8.00 · change €2.00", and under it what the customer used, earned and has now. */
    String receipt(CompletedSale sale) {
        String due = money(sale.priced().dueMinor());
        String text = sale.changeMinor() > 0 ? words.say("summary.paidChange", due, money(sale.changeMinor()))
                : words.say("summary.paid", due);
        if (sale.balanceAfter() == null) {
            return text;
        }
        String who = name(sale.customerName());
        long earned = sale.priced().pointsEarned();
        String earning = sale.welcomeBonus() > 0 ? words.say("summary.earnedWelcome", earned, sale.welcomeBonus())
                : words.say("summary.earned", earned);
        long used = sale.priced().pointsRedeemed();
        return text + "\n" + (used > 0 ? words.say("summary.usedAndEarned", who, used, earning, sale.balanceAfter())
                : words.say("summary.customerEarned", who, earning, sale.balanceAfter()));
    }

    /** A first name, or "Customer" for someone who gave none. */
    private String name(String firstName) {
        return firstName == null ? words.say("customer.anonymous") : firstName;
    }
}
