package dev.regulars.pos.ui.sale;

import dev.regulars.pos.sale.CustomerAtTill;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * Paying with points: whether to (all the check allows), how many (slider and quick buttons), at most what the
 * check allows now. The box and the amount stay in step: ticking it takes the most, choosing the most ticks it,
 * choosing less unticks it. While a payment is taken the points do not change: the control goes back and says why.
 */
final class PointsModel {

    private final BooleanProperty redeem = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedeem = new SimpleBooleanProperty(false);
    private final LongProperty wanted = new SimpleLongProperty(0);
    private final LongProperty max = new SimpleLongProperty(0);
    private final ScreenMessage message;
    /** Set while a control is put back or follows the check: that is no action of the cashier's. */
    private boolean adjusting;

    /**
     * @param paymentTaken whether a payment freezes the check now
     * @param onChange     after the cashier changed the points
     */
    PointsModel(BooleanSupplier paymentTaken, ScreenMessage message, Runnable onChange) {
        this.message = message;
        redeem.addListener((obs, was, now) -> {
            if (adjusting) {
                return;
            }
            message.clear();
            if (paymentTaken.getAsBoolean()) {
                back(() -> redeem.set(was));
                return;
            }
            adjust(() -> wanted.set(now ? max.get() : 0));
            onChange.run();
        });
        wanted.addListener((obs, was, now) -> {
            if (adjusting) {
                return;
            }
            message.clear();
            if (paymentTaken.getAsBoolean()) {
                back(() -> wanted.set(was.longValue()));
                return;
            }
            // the box means "all the check allows": a quick button or the slider at the most ticks it, below unticks
            adjust(() -> redeem.set(max.get() > 0 && now.longValue() == max.get()));
            onChange.run();
        });
    }

    private void adjust(Runnable change) {
        adjusting = true;
        try {
            change.run();
        } finally {
            adjusting = false;
        }
    }

    /** Puts a control back where it was, saying why. */
    private void back(Runnable change) {
        adjust(change);
        message.say("pay.locked");
    }

    /** No points for the next customer. */
    void reset() {
        adjust(() -> {
            redeem.set(false);
            wanted.set(0);
        });
    }

    /**
     * After a change of the check or the customer: who may redeem, the most points now ({@code mostPoints}, asked
     * only when the customer may), and the points wanted kept within it ("all" follows the most).
     */
    void follow(CustomerAtTill customer, LongSupplier mostPoints) {
        adjust(() -> {
            canRedeem.set(customer.balance() > 0 && customer.mayRedeem());
            max.set(canRedeem.get() ? mostPoints.getAsLong() : 0);
            if (wanted.get() > max.get() || redeem.get() && wanted.get() != max.get()) {
                wanted.set(redeem.get() || wanted.get() > max.get() ? max.get() : 0);
            }
            if (!canRedeem.get() && redeem.get()) {
                redeem.set(false);
            }
        });
    }

    long wanted() {
        return wanted.get();
    }

    BooleanProperty redeemProperty() {
        return redeem;
    }

    BooleanProperty canRedeemProperty() {
        return canRedeem;
    }

    LongProperty wantedProperty() {
        return wanted;
    }

    LongProperty maxProperty() {
        return max;
    }
}
