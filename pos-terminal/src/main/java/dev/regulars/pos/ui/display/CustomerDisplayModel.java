package dev.regulars.pos.ui.display;

import dev.regulars.core.sync.StoreDetails;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.ui.TillTexts;
import dev.regulars.pos.ui.sale.SaleViewModel;
import java.util.Currency;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What the customer-facing screen shows, in the store's language: the items as they are rung up, the total, the
 * points this order earns, and, for someone not (yet) identified, the QR code to join from their own phone; after
 * payment, a thank-you with the new balance.
 */
public final class CustomerDisplayModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty joinUrl = new SimpleStringProperty();
    private final SaleViewModel sale;
    private TillTexts words;
    private String storeName;
    private String join;

    /**
     * @param words   in the store's language (the customers'), not the cashier's
     * @param joinUrl the store's join page; null when the server sent none
     */
    public CustomerDisplayModel(SaleViewModel sale, TillTexts words, String storeName, String joinUrl) {
        this.sale = sale;
        this.words = words;
        this.storeName = storeName;
        this.join = joinUrl;
        sale.cartLines().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        sale.totals().dueProperty().addListener((obs, was, now) -> refresh());
        sale.totals().pointsProperty().addListener((obs, was, now) -> refresh());
        sale.customerStatusProperty().addListener((obs, was, now) -> refresh());
        sale.lastSaleProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    /**
     * The display for {@code store}: its words in the store's receipt language, money in its currency, its name and
     * join link.
     */
    public static CustomerDisplayModel of(SaleViewModel sale, StoreDetails store) {
        CustomerDisplayModel model = new CustomerDisplayModel(sale, null, null, null);
        model.store(store);
        return model;
    }

    /** New details of the store (a sync brought them): the display speaks, names and links as they say from now. */
    public void store(StoreDetails store) {
        this.words = new TillTexts(Locale.forLanguageTag(store.receiptLanguage()), Currency.getInstance(store.currency()));
        this.storeName = store.storeName();
        this.join = store.joinUrl();
        refresh();
    }

    private void refresh() {
        if (words == null) {
            return;
        }
        boolean ringing = !sale.cartLines().isEmpty();
        CompletedSale last = sale.lastSaleProperty().get();
        if (!ringing && last != null && last.balanceAfter() != null) {
            headline.set(last.customerName() == null ? words.say("display.thanksAnyone")
                    : words.say("display.thanks", last.customerName()));
            points.set(words.say("display.balance", last.balanceAfter()));
            total.set("");
            joinUrl.set(null);
            return;
        }
        headline.set(ringing ? "" : words.say("display.welcome", storeName));
        total.set(ringing ? sale.totals().dueProperty().get() : "");
        boolean member = sale.earnsPoints();
        points.set(!ringing ? "" : member ? words.say("display.earn", sale.pointsEarnedNow())
                : words.say("display.join"));
        joinUrl.set(member || join == null ? null : join);
    }

    /** The items, as the check shows them. */
    public ObservableList<String> lines() {
        return sale.cartLines();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty pointsProperty() {
        return points;
    }

    /** The join page's link to show as a QR; null when the customer is known or no link is set. */
    public ReadOnlyStringProperty joinUrlProperty() {
        return joinUrl;
    }

    public TillTexts words() {
        return words;
    }
}
