package dev.regulars.pos.ui.sale;

import dev.regulars.core.money.Money;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.referral.ReferralCodes;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.JournalException;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.sync.SyncException;
import java.util.Currency;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and logic of the sale screen: the cart, who is paying, points, cash and the last receipt. The view only
 * binds to it; every rule of the screen is tested here without a window.
 */
public class SaleViewModel {

    private final ObservableList<CatalogItem> catalog = FXCollections.observableArrayList();
    private final ObservableList<String> cartLines = FXCollections.observableArrayList();
    private final StringProperty phoneInput = new SimpleStringProperty("");
    private final StringProperty customerStatus = new SimpleStringProperty("No customer");
    private final BooleanProperty enrollmentOpen = new SimpleBooleanProperty(false);
    private final StringProperty enrollFirstName = new SimpleStringProperty("");
    private final BooleanProperty enrollConsent = new SimpleBooleanProperty(false);
    private final StringProperty enrollReferralCode = new SimpleStringProperty("");
    private final StringProperty enrollBirthday = new SimpleStringProperty("");
    private final BooleanProperty redeemPoints = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedeem = new SimpleBooleanProperty(false);
    private final StringProperty subtotalText = new SimpleStringProperty("");
    private final StringProperty discountText = new SimpleStringProperty("");
    private final StringProperty dueText = new SimpleStringProperty("");
    private final StringProperty pointsText = new SimpleStringProperty("");
    private final StringProperty tenderedInput = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty receiptText = new SimpleStringProperty("");
    private final ObjectProperty<CompletedSale> lastSale = new SimpleObjectProperty<>();

    private final Cart cart = new Cart();
    private final Checkout checkout;
    private final CustomerLookup lookup;
    private final Currency currency;
    private final Runnable afterSale;
    private final SaleTexts texts;
    private final java.util.concurrent.Executor background;
    private final java.util.concurrent.Executor ui;
    private final java.util.function.Supplier<SyncClient> online;
    private CustomerAtTill customer = new CustomerAtTill.Anonymous();
    private PhoneNumber pendingPhone;

    /** @param afterSale called once a sale is in the journal, e.g. to sync it at once */
    public SaleViewModel(TillContext till, Runnable afterSale) {
        this.checkout = till.checkout();
        this.lookup = till.customerLookup();
        this.currency = Currency.getInstance(till.identity().currency());
        this.afterSale = afterSale;
        this.texts = new SaleTexts(currency, till.locale());
        this.background = till.background();
        this.ui = till.ui();
        this.online = () -> SyncClient.paired(till.identity().serverUrl(), till.identity().token());
        catalog.setAll(till.journal().catalog());
        redeemPoints.addListener((obs, was, now) -> refresh());
        refresh();
    }

    public void add(CatalogItem item) {
        cart.add(item);
        receiptText.set("");
        refresh();
    }

    public void removeLine(int index) {
        if (index >= 0 && index < cart.lines().size()) {
            cart.removeOne(index);
            refresh();
        }
    }

    /**
     * Looks the typed phone up in the till's cache (an unknown number opens the enrollment). What a scanner types
     * instead, a card number or the rotating code of the customer's card page, is looked up on the server.
     */
    public void findCustomer() {
        errorMessage.set("");
        String typed = phoneInput.get() == null ? "" : phoneInput.get().strip();
        Optional<IdentifyRequest> scan = ScannedInput.parse(typed);
        if (scan.isPresent()) {
            findOnline(scan.get());
            return;
        }
        PhoneNumber phone;
        try {
            phone = lookup.normalize(typed);
        } catch (InvalidPhoneNumberException e) {
            errorMessage.set(e.getMessage());
            return;
        }
        Optional<CachedCustomer> found = lookup.find(phone);
        if (found.isPresent()) {
            customer = new CustomerAtTill.Known(phone, lookup.hashOf(phone), found.get());
            enrollmentOpen.set(false);
        } else {
            pendingPhone = phone;
            customer = new CustomerAtTill.Anonymous();
            enrollFirstName.set("");
            enrollConsent.set(false);
            enrollReferralCode.set("");
            enrollBirthday.set("");
            enrollmentOpen.set(true);
        }
        refresh();
    }

    private void findOnline(IdentifyRequest request) {
        customerStatus.set("Looking the card up…");
        background.execute(() -> {
            Runnable show;
            try {
                IdentifiedCustomer found = online.get().identify(request);
                show = () -> {
                    customer = new CustomerAtTill.Scanned(found);
                    enrollmentOpen.set(false);
                    refresh();
                };
            } catch (SyncException e) {
                String message = e.isOffline() ? "Scanned cards need the server, which does not answer: type the"
                        + " customer's phone instead" : e.getMessage();
                show = () -> {
                    errorMessage.set(message);
                    refresh();
                };
            }
            ui.execute(show);
        });
    }

    /** Enrolls the pending phone with this sale. Marketing consent is only what the customer explicitly said. */
    public void enroll() {
        if (pendingPhone == null) {
            errorMessage.set("Find the customer's phone first");
            return;
        }
        String name = enrollFirstName.get() == null ? "" : enrollFirstName.get().strip();
        if (name.length() > 100) {
            errorMessage.set("A first name has at most 100 characters");
            return;
        }
        String typedCode = enrollReferralCode.get() == null ? "" : enrollReferralCode.get().strip();
        String referralCode = null;
        if (!typedCode.isEmpty()) {
            Optional<String> code = ReferralCodes.normalize(typedCode);
            if (code.isEmpty()) {
                errorMessage.set("\"" + typedCode + "\" is not a friend's code (6 letters and digits)");
                return;
            }
            referralCode = code.get();
        }
        java.time.MonthDay birthday;
        try {
            birthday = Birthdays.parse(enrollBirthday.get());
        } catch (IllegalArgumentException e) {
            errorMessage.set(e.getMessage());
            return;
        }
        customer = new CustomerAtTill.Enrolling(pendingPhone, lookup.hashOf(pendingPhone),
                name.isEmpty() ? null : name, enrollConsent.get(), referralCode, birthday);
        enrollmentOpen.set(false);
        errorMessage.set("");
        refresh();
    }

    public void clearCustomer() {
        customer = new CustomerAtTill.Anonymous();
        pendingPhone = null;
        phoneInput.set("");
        enrollmentOpen.set(false);
        redeemPoints.set(false);
        refresh();
    }

    /** Takes cash (empty means exactly the amount due), writes the sale to the journal, shows the receipt. */
    public void payCash() {
        errorMessage.set("");
        if (cart.isEmpty()) {
            errorMessage.set("Ring up at least one item");
            return;
        }
        if (enrollmentOpen.get()) {
            errorMessage.set("Finish the enrollment or clear the customer first");
            return;
        }
        PricedCheck priced = checkout.preview(cart.lines(), customer, pointsWanted());
        long tendered;
        try {
            String typed = tenderedInput.get() == null ? "" : tenderedInput.get().strip();
            tendered = typed.isEmpty() ? priced.dueMinor() : Money.parse(typed, currency).minor();
        } catch (IllegalArgumentException e) {
            errorMessage.set(e.getMessage());
            return;
        }
        if (tendered < priced.dueMinor()) {
            errorMessage.set("Cash given " + money(tendered) + " is less than the " + money(priced.dueMinor()) + " due");
            return;
        }
        CompletedSale sale;
        try {
            sale = checkout.payCash(cart.lines(), customer, pointsWanted(), tendered);
        } catch (JournalException e) {
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
        PricedCheck priced = checkout.preview(cart.lines(), customer, pointsWanted());
        subtotalText.set(money(priced.subtotalMinor()));
        String referral = priced.referralDiscountMinor() == 0 ? ""
                : "−" + money(priced.referralDiscountMinor()) + " friend's welcome";
        String points = priced.pointsRedeemed() == 0 ? ""
                : "−" + money(priced.redeemDiscountMinor()) + " (" + priced.pointsRedeemed() + " points)";
        discountText.set(referral.isEmpty() || points.isEmpty() ? referral + points : referral + ", " + points);
        dueText.set(money(priced.dueMinor()));
        long welcome = checkout.welcomeBonus(customer);
        pointsText.set(customer instanceof CustomerAtTill.Anonymous ? ""
                : "Earns " + priced.pointsEarned() + " points" + (welcome > 0 ? " + " + welcome + " welcome" : ""));
        canRedeem.set(customer.balance() > 0 && (customer instanceof CustomerAtTill.Known
                || customer instanceof CustomerAtTill.Scanned scanned && scanned.identified().canRedeem()));
        if (!canRedeem.get() && redeemPoints.get()) {
            redeemPoints.set(false);
        }
        customerStatus.set(texts.customer(customer, enrollmentOpen.get() ? pendingPhone : null));
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

    public StringProperty phoneInputProperty() {
        return phoneInput;
    }

    public StringProperty customerStatusProperty() {
        return customerStatus;
    }

    public BooleanProperty enrollmentOpenProperty() {
        return enrollmentOpen;
    }

    public StringProperty enrollFirstNameProperty() {
        return enrollFirstName;
    }

    public BooleanProperty enrollConsentProperty() {
        return enrollConsent;
    }

    public StringProperty enrollReferralCodeProperty() {
        return enrollReferralCode;
    }

    public StringProperty enrollBirthdayProperty() {
        return enrollBirthday;
    }

    public BooleanProperty redeemPointsProperty() {
        return redeemPoints;
    }

    public BooleanProperty canRedeemProperty() {
        return canRedeem;
    }

    public StringProperty subtotalTextProperty() {
        return subtotalText;
    }

    public StringProperty discountTextProperty() {
        return discountText;
    }

    public StringProperty dueTextProperty() {
        return dueText;
    }

    public StringProperty pointsTextProperty() {
        return pointsText;
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
