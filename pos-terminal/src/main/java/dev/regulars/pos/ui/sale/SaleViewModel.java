package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.JournalException;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.receipt.Receipts;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.OpenSale;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.ManagerApproval;
import dev.regulars.pos.sale.Tender;
import dev.regulars.pos.ui.TillTexts;
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
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
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
    private final LongProperty pointsWanted = new SimpleLongProperty(0);
    private final LongProperty pointsMax = new SimpleLongProperty(0);
    private final StringProperty phoneInput = new SimpleStringProperty("");
    private final StringProperty customerStatus = new SimpleStringProperty("");
    private final EnrollmentForm enrollment = new EnrollmentForm();
    private final BooleanProperty redeemPoints = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedeem = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty receiptText = new SimpleStringProperty("");
    private final ObjectProperty<CompletedSale> lastSale = new SimpleObjectProperty<>();

    private final CheckModel check;
    private final ProductGridModel grid;
    private final PaymentModel payment;
    private final Checkout checkout;
    private final CashierRecord cashier;
    private final dev.regulars.pos.journal.Journal journal;
    private final ReceiptDesk receipts;
    private final TillTexts words;
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
    private boolean reverting;
    /** What keepOpenSale last wrote (null: the check was empty), once it has written. */
    private String lastOpenSale;
    private boolean openSaleKept;

    /** @param afterSale called once a sale is in the journal, e.g. to sync it at once */
    public SaleViewModel(TillContext till, Runnable afterSale) {
        this(till, null, new ReceiptOutput(null, PrinterProfile.PAPER_80, null), afterSale);
    }

    /**
     * @param cashier   who is logged in (null in tools and tests): the sale and the receipt name them
     * @param output    where receipts go once a sale is in the journal
     * @param afterSale called once a sale is in the journal, e.g. to sync it at once
     */
    public SaleViewModel(TillContext till, CashierRecord cashier, ReceiptOutput output, Runnable afterSale) {
        this.checkout = till.checkout();
        this.lookup = till.customerLookup();
        // one client for the screen's life: the till's server and token do not change while it is shown
        SyncClient server = SyncClient.paired(till.identity().serverUrl(), till.identity().token());
        this.finder = new CustomerFinder(lookup, server);
        this.redemption = new OnlineRedemption(server);
        this.currency = Currency.getInstance(till.identity().currency());
        this.cashier = cashier;
        this.afterSale = afterSale;
        this.words = TillTexts.of(till);
        this.texts = new SaleTexts(words);
        this.totals = new CheckTotals(words);
        this.background = till.background();
        this.ui = till.ui();
        this.check = new CheckModel(new ManagerApproval(ManagerApproval.DEFAULT_DISCOUNT_LIMIT), currency,
                till.journal()::cashiers, e -> errorMessage.set(words.refusal(e)), this::checkChanged);
        this.grid = new ProductGridModel(till.journal(), line -> {
            receiptText.set("");
            check.add(line);
        });
        this.receipts = new ReceiptDesk(output, checkout, till.journal(), words, background, ui);
        this.journal = till.journal();
        this.payment = new PaymentModel(words, this::blocker, errorMessage::set, this::complete, this::keepOpenSale);
        check.freezeWhen(this::paymentTaken);
        catalog.setAll(till.journal().catalog());
        redeemPoints.addListener((obs, was, now) -> {
            if (reverting) {
                return;
            }
            if (paymentTaken()) {
                revert(() -> redeemPoints.set(was));
                return;
            }
            pointsWanted.set(now ? pointsMax.get() : 0);
            checkChanged();
        });
        pointsWanted.addListener((obs, was, now) -> {
            if (reverting) {
                return;
            }
            if (paymentTaken()) {
                revert(() -> pointsWanted.set(was.longValue()));
                return;
            }
            checkChanged();
        });
        java.util.Optional<OpenSale> open = journal.openSale().map(OpenSale::fromJson);
        refresh();
        open.ifPresent(this::restore);
    }

    /** Whether a payment was taken for the open check: it is then frozen until the payment is undone. */
    private boolean paymentTaken() {
        return !payment.tenders().isEmpty();
    }

    /** Puts a control back where it was, saying why. */
    private void revert(Runnable back) {
        reverting = true;
        try {
            back.run();
        } finally {
            reverting = false;
        }
        errorMessage.set(words.say("pay.locked"));
    }

    /** True while the customer cannot change: a payment was taken for the check (says so). */
    private boolean customerLocked() {
        if (paymentTaken()) {
            errorMessage.set(words.say("pay.locked"));
            return true;
        }
        return false;
    }

    /** After a crash or restart: the check that was open, with the payments already taken. */
    private void restore(OpenSale saved) {
        java.util.Optional.of(saved).filter(o -> !o.isEmpty()).ifPresent(open -> {
            open.lines().forEach(check::add);
            check.checkDiscountProperty().set(open.checkDiscount());
            checkChanged();
            payment.restore(open.tenders());
            keepOpenSale();
            errorMessage.set(words.say("sale.restored"));
        });
    }

    /**
     * Keeps the open check in the journal at every change; an empty one leaves nothing behind. A refresh that
     * changes nothing of it (a slider dragged, a customer looked up) writes nothing: each write is a disk sync.
     */
    private void keepOpenSale() {
        OpenSale open = new OpenSale(check.snapshot(), check.checkDiscountProperty().get(), payment.tenders());
        String json = open.isEmpty() ? null : open.toJson();
        if (openSaleKept && java.util.Objects.equals(json, lastOpenSale)) {
            return;
        }
        journal.saveOpenSale(json);
        lastOpenSale = json;
        openSaleKept = true;
    }

    /** A product tapped (without questions it goes straight onto the check). */
    public void add(CatalogItem item) {
        if (busy.get()) {
            return;
        }
        errorMessage.set("");
        grid.tap(item);
    }

    public void removeLine(int index) {
        if (!busy.get() && index >= 0 && index < check.lines().size()) {
            check.selectedProperty().set(index);
            check.minusOne();
        }
    }

    private void checkChanged() {
        payment.clear();
        refresh();
    }

    /**
     * Finds who is paying from the typed phone or a scan: in the till's cache, else on the server. A phone nobody
     * has opens the enrollment.
     */
    public void findCustomer() {
        if (busy.get()) {
            return;
        }
        if (customerLocked()) {
            return;
        }
        String typed = phoneInput.get();
        lookUp(() -> finder.find(typed));
    }

    /** Looks the customer up off the JavaFX thread (the server may be slow or away), the screen waiting meanwhile. */
    private void lookUp(java.util.function.Supplier<CustomerFinder.Finding> search) {
        errorMessage.set("");
        busy.set(true);
        customerStatus.set(words.say("customer.looking"));
        background.execute(() -> {
            CustomerFinder.Finding finding = search.get();
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
            errorMessage.set(words.refusal(problem.reason()));
        }
        refresh();
    }

    /** Enrolls the pending phone with this sale. */
    public void enroll() {
        if (customerLocked()) {
            return;
        }
        try {
            customer = enrollment.enrolling(lookup::hashOf);
        } catch (IllegalArgumentException e) {
            errorMessage.set(words.refusal(e));
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
        if (customerLocked()) {
            return;
        }
        customer = new CustomerAtTill.Anonymous();
        phoneInput.set("");
        enrollment.close(true);
        redeemPoints.set(false);
        pointsWanted.set(0);
        checkChanged();
    }

    /**
     * A code scanned at the sale screen: a product's barcode rings it up; anything else identifies the customer
     * (a card's barcode or QR, the rotating code from the card page).
     */
    public void scanned(String code) {
        if (busy.get()) {
            return;
        }
        if (customerLocked()) {
            return;
        }
        errorMessage.set("");
        if (grid.scanned(code)) {
            return;
        }
        if (isProductBarcode(code)) {
            // an EAN-13 or EAN-8 is a product's code, never a customer's: this catalog does not have it
            errorMessage.set(words.say("modifiers.noScan", code));
            return;
        }
        phoneInput.set(code);
        findCustomer();
    }

    /** An EAN-13 or EAN-8 with its check digit right (GS1): what product labels carry, and customers' codes do not. */
    static boolean isProductBarcode(String code) {
        return (code.length() == 13 || code.length() == 8) && code.chars().allMatch(Character::isDigit)
                && dev.regulars.core.catalog.Barcodes.checkDigit(code.substring(0, code.length() - 1))
                == code.charAt(code.length() - 1) - '0';
    }

    /**
     * An NFC card on the reader: while an enrollment is open it is the card handed over; otherwise it identifies the
     * customer (it earns, and never pays with points, like any static card).
     */
    public void cardTapped(String uid) {
        if (busy.get()) {
            return;
        }
        if (customerLocked()) {
            return;
        }
        if (enrollment.openProperty().get()) {
            enrollment.nfcCard(uid);
            return;
        }
        lookUp(() -> finder.findNfcCard(uid));
    }

    /** Cash handed over, as typed (empty: exactly what is left); see {@link PaymentModel}. */
    public void payCash() {
        errorMessage.set("");
        payment.cash();
    }

    /** Why the check cannot be paid now, in words; empty when it can. */
    private java.util.Optional<String> blocker() {
        if (busy.get()) {
            return java.util.Optional.of("");
        }
        if (check.isEmpty()) {
            return java.util.Optional.of(words.say("pay.empty"));
        }
        if (enrollment.openProperty().get()) {
            return java.util.Optional.of(words.say("pay.enrollmentOpen"));
        }
        return java.util.Optional.empty();
    }

    /**
     * Points paying for the sale are first taken on the server when it answers; then the sale is written to the
     * journal, and only then does the receipt print.
     */
    private void complete() {
        PricedCheck priced = preview();
        UUID saleId = UUID.randomUUID();
        CheckDraft draft = new CheckDraft(check.snapshot(), customer, pointsWanted.get(),
                check.checkDiscountProperty().get());
        List<Tender> tenders = payment.tenders();
        busy.set(true);
        background.execute(() -> {
            OnlineRedemption.Outcome taken = redemption.take(saleId, draft.customer(), priced.pointsRedeemed());
            ui.execute(() -> {
                busy.set(false);
                complete(saleId, draft, tenders, taken);
            });
        });
    }

    private void complete(UUID saleId, CheckDraft draft, List<Tender> tenders, OnlineRedemption.Outcome taken) {
        if (taken instanceof OnlineRedemption.Refused refused) {
            payment.clear();
            refresh();
            errorMessage.set(words.say("pay.pointsRefused", refused.message()));
            return;
        }
        CompletedSale sale;
        try {
            sale = checkout.pay(saleId, draft, tenders, cashier);
        } catch (JournalException | IllegalArgumentException e) {
            if (taken instanceof OnlineRedemption.Taken) {
                background.execute(() -> redemption.giveBack(saleId));
            }
            payment.clear();
            refresh();
            errorMessage.set(words.say("pay.notSaved", words.refusal(e)));
            return;
        }
        lastSale.set(sale);
        receiptText.set(texts.receipt(sale));
        receipts.issue(Receipts.ofSale(sale),
                tenders.stream().anyMatch(t -> t.method() == PaymentRecord.PaymentMethod.CASH));
        check.clear();
        clearCustomer();
        afterSale.run();
    }

    private PricedCheck preview() {
        return checkout.preview(check.snapshot(), customer, pointsWanted.get(), check.checkDiscountProperty().get());
    }

    private void refresh() {
        List<CheckLine> lines = check.snapshot();
        cartLines.setAll(lines.stream().map(texts::line).toList());
        canRedeem.set(customer.balance() > 0 && customer.mayRedeem());
        pointsMax.set(canRedeem.get() ? checkout.preview(lines, customer, Long.MAX_VALUE,
                check.checkDiscountProperty().get()).pointsRedeemed() : 0);
        if (pointsWanted.get() > pointsMax.get() || redeemPoints.get() && pointsWanted.get() != pointsMax.get()) {
            pointsWanted.set(redeemPoints.get() || pointsWanted.get() > pointsMax.get() ? pointsMax.get() : 0);
        }
        if (!canRedeem.get() && redeemPoints.get()) {
            redeemPoints.set(false);
        }
        keepOpenSale();
        PricedCheck priced = preview();
        totals.show(priced, customer instanceof CustomerAtTill.Anonymous, checkout.welcomeBonus(customer));
        payment.due(priced.dueMinor());
        customerStatus.set(texts.customer(customer, enrollment.openPhone()));
    }

    /** A line of the check as the cashier reads it: quantity, product, total. */
    public String lineText(CheckLine line) {
        return texts.line(line);
    }

    /** What a line carries besides its product: modifiers and the cashier's discount; empty for none. */
    public String describe(CheckLine line) {
        return texts.details(line);
    }

    /** Whether the customer at the till earns points with this check (identified or enrolling). */
    public boolean earnsPoints() {
        return !(customer instanceof CustomerAtTill.Anonymous);
    }

    /** Points this check earns as it stands (welcome bonus included). */
    public long pointsEarnedNow() {
        return earnsPoints() ? preview().pointsEarned() + checkout.welcomeBonus(customer) : 0;
    }

    /** What one point is worth, in minor units, under the till's rules. */
    public long pointValueMinor() {
        return checkout.rules().pointValueMinor();
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

    /** The amount the cashier types for a payment. */
    public StringProperty tenderedInputProperty() {
        return payment.amountInputProperty();
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

    public ReceiptDesk receipts() {
        return receipts;
    }

    public ProductGridModel grid() {
        return grid;
    }

    public CheckModel check() {
        return check;
    }

    /** Points the customer pays with; the slider and quick buttons set it, at most {@link #pointsMaxProperty}. */
    public LongProperty pointsWantedProperty() {
        return pointsWanted;
    }

    /** The most points this check lets the customer pay with now. */
    public ReadOnlyLongProperty pointsMaxProperty() {
        return pointsMax;
    }

    public PaymentModel payment() {
        return payment;
    }

    public TillTexts words() {
        return words;
    }
}
