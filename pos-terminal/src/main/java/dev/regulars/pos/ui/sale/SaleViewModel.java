package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.JournalException;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerFinder;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sale.OnlineRedemption;
import dev.regulars.pos.sync.SyncClient;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and logic of the sale screen: the cart, who is paying, points, cash and the last receipt. The view only
 * binds to it; every rule of the screen is tested here without a window. Network work (finding a customer the till
 * has not cached, taking points on the server) runs on {@code background}, and its result comes back on {@code ui};
 * meanwhile {@code busy} is set and the screen takes no new order.
 */
public class SaleViewModel {

    private final ObservableList<CatalogItem> catalog = FXCollections.observableArrayList();
    private final ObservableList<String> cartLines = FXCollections.observableArrayList();
    private final StringProperty phoneInput = new SimpleStringProperty("");
    private final StringProperty customerStatus = new SimpleStringProperty("No customer");
    private final EnrollmentForm enrollment = new EnrollmentForm();
    private final BooleanProperty redeemPoints = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedeem = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty tenderedInput = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty receiptText = new SimpleStringProperty("");
    private final ObjectProperty<CompletedSale> lastSale = new SimpleObjectProperty<>();

    private final Cart cart = new Cart();
    private final Checkout checkout;
    private final CustomerLookup lookup;
    private final CustomerFinder finder;
    private final OnlineRedemption redemption;
    private final Currency currency;
    private final Runnable afterSale;
    private final SaleTexts texts;
    private final CheckTotals totals;
    private final Executor background;
    private final Executor ui;
    private CustomerAtTill customer = new CustomerAtTill.Anonymous();

    /** @param afterSale called once a sale is in the journal, e.g. to sync it at once */
    public SaleViewModel(TillContext till, Runnable afterSale) {
        this.checkout = till.checkout();
        this.lookup = till.customerLookup();
        // one client for the screen's life: the till's server and token do not change while it is shown
        SyncClient server = SyncClient.paired(till.identity().serverUrl(), till.identity().token());
        this.finder = new CustomerFinder(lookup, server);
        this.redemption = new OnlineRedemption(server);
        this.currency = Currency.getInstance(till.identity().currency());
        this.afterSale = afterSale;
        this.texts = new SaleTexts(currency, till.locale());
        this.totals = new CheckTotals(texts);
        this.background = till.background();
        this.ui = till.ui();
        catalog.setAll(till.journal().catalog());
        redeemPoints.addListener((obs, was, now) -> refresh());
        refresh();
    }

    public void add(CatalogItem item) {
        if (busy.get()) {
            return;
        }
        cart.add(item);
        receiptText.set("");
        refresh();
    }

    public void removeLine(int index) {
        if (!busy.get() && index >= 0 && index < cart.lines().size()) {
            cart.removeOne(index);
            refresh();
        }
    }

    /**
     * Finds who is paying from the typed phone or a scan: in the till's cache, else on the server. A phone nobody
     * has opens the enrollment.
     */
    public void findCustomer() {
        if (busy.get()) {
            return;
        }
        errorMessage.set("");
        String typed = phoneInput.get();
        busy.set(true);
        customerStatus.set("Looking the customer up…");
        background.execute(() -> {
            CustomerFinder.Finding finding = finder.find(typed);
            ui.execute(() -> {
                busy.set(false);
                show(finding);
            });
        });
    }

    private void show(CustomerFinder.Finding finding) {
        if (finding instanceof CustomerFinder.Found found) {
            customer = found.customer();
            enrollment.close(false);
        } else if (finding instanceof CustomerFinder.NotEnrolled unknown) {
            customer = new CustomerAtTill.Anonymous();
            enrollment.openFor(unknown.phone());
        } else if (finding instanceof CustomerFinder.Problem problem) {
            errorMessage.set(problem.message());
        }
        refresh();
    }

    /** Enrolls the pending phone with this sale. */
    public void enroll() {
        try {
            customer = enrollment.enrolling(lookup::hashOf);
        } catch (IllegalArgumentException e) {
            errorMessage.set(e.getMessage());
            return;
        }
        enrollment.close(false);
        errorMessage.set("");
        refresh();
    }

    public void clearCustomer() {
        if (busy.get()) {
            return;
        }
        customer = new CustomerAtTill.Anonymous();
        phoneInput.set("");
        enrollment.close(true);
        redeemPoints.set(false);
        refresh();
    }

    /**
     * Takes cash (empty means exactly the amount due). Points paying for the sale are first taken on the server when
     * it answers; then the sale is written to the journal and the receipt shows.
     */
    public void payCash() {
        if (busy.get()) {
            return;
        }
        errorMessage.set("");
        if (cart.isEmpty()) {
            errorMessage.set("Ring up at least one item");
            return;
        }
        if (enrollment.openProperty().get()) {
            errorMessage.set("Finish the enrollment or clear the customer first");
            return;
        }
        PricedCheck priced = checkout.preview(cart.lines(), customer, pointsWanted());
        long tendered;
        try {
            tendered = CashTendered.read(tenderedInput.get(), priced.dueMinor(), currency, texts);
        } catch (IllegalArgumentException e) {
            errorMessage.set(e.getMessage());
            return;
        }
        UUID saleId = UUID.randomUUID();
        List<CheckLine> lines = List.copyOf(cart.lines());
        CustomerAtTill payer = customer;
        long points = pointsWanted();
        busy.set(true);
        background.execute(() -> {
            OnlineRedemption.Outcome taken = redemption.take(saleId, payer, priced.pointsRedeemed());
            ui.execute(() -> {
                busy.set(false);
                complete(saleId, lines, payer, points, tendered, taken);
            });
        });
    }

    private void complete(UUID saleId, List<CheckLine> lines, CustomerAtTill payer, long points, long tendered,
                          OnlineRedemption.Outcome taken) {
        if (taken instanceof OnlineRedemption.Refused refused) {
            errorMessage.set("Points could not be used: " + refused.message() + ". Untick \"Pay with points\" or"
                    + " find the customer again.");
            return;
        }
        CompletedSale sale;
        try {
            sale = checkout.payCash(saleId, lines, payer, points, tendered);
        } catch (JournalException | IllegalArgumentException e) {
            if (taken instanceof OnlineRedemption.Taken) {
                background.execute(() -> redemption.giveBack(saleId));
            }
            errorMessage.set("The sale could not be saved on this till; nothing was charged. " + e.getMessage());
            return;
        }
        lastSale.set(sale);
        receiptText.set(texts.receipt(sale));
        cart.clear();
        tenderedInput.set("");
        clearCustomer();
        afterSale.run();
    }

    private long pointsWanted() {
        return redeemPoints.get() ? Long.MAX_VALUE : 0;
    }

    private void refresh() {
        cartLines.setAll(cart.lines().stream().map(texts::line).toList());
        totals.show(checkout.preview(cart.lines(), customer, pointsWanted()),
                customer instanceof CustomerAtTill.Anonymous, checkout.welcomeBonus(customer));
        canRedeem.set(customer.balance() > 0 && customer.mayRedeem());
        if (!canRedeem.get() && redeemPoints.get()) {
            redeemPoints.set(false);
        }
        customerStatus.set(texts.customer(customer, enrollment.openPhone()));
    }

    public String money(long minor) {
        return texts.money(minor);
    }

    public ObservableList<CatalogItem> catalog() {
        return catalog;
    }

    public ObservableList<String> cartLines() {
        return cartLines;
    }

    /** What the new customer tells the cashier, while the enrollment is open. */
    public EnrollmentForm enrollment() {
        return enrollment;
    }

    public StringProperty phoneInputProperty() {
        return phoneInput;
    }

    public StringProperty customerStatusProperty() {
        return customerStatus;
    }

    public BooleanProperty enrollmentOpenProperty() {
        return enrollment.openProperty();
    }

    public BooleanProperty redeemPointsProperty() {
        return redeemPoints;
    }

    public BooleanProperty canRedeemProperty() {
        return canRedeem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Subtotal, discounts, amount due and points, as the check shows them. */
    public CheckTotals totals() {
        return totals;
    }

    public StringProperty tenderedInputProperty() {
        return tenderedInput;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty receiptTextProperty() {
        return receiptText;
    }

    public ReadOnlyObjectProperty<CompletedSale> lastSaleProperty() {
        return lastSale;
    }
}
