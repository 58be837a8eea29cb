package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerFinder;
import dev.regulars.pos.sale.ManagerApproval;
import dev.regulars.pos.sale.OnlineRedemption;
import dev.regulars.pos.sale.OpenSale;
import dev.regulars.pos.sale.CheckHandover;
import dev.regulars.pos.sale.PinAttempts;
import dev.regulars.pos.sale.ReferralCheck;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.ui.TillTexts;
import java.util.Currency;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sale screen: it wires its parts and keeps them in step. The check ({@link CheckModel}), the products
 * ({@link ProductGridModel}), who is paying ({@link CustomerModel}), points ({@link PointsModel}), the payment
 * ({@link PaymentModel}) and the way from the tenders to the journal ({@link SaleCompletion}). The view only binds;
 * every rule is tested here without a window. Network work runs on the till's {@code background} and comes back on
 * {@code ui}; meanwhile {@code busy} is set and the screen takes no new order. Each action of the cashier clears the
 * message of the one before ({@link ScreenMessage}).
 */
public class SaleViewModel implements SaleCompletion.Screen {

    private final ObservableList<CatalogItem> catalog = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ScreenMessage message;
    private final CheckModel check;
    private final ProductGridModel grid;
    private final PaymentModel payment;
    private final CustomerModel customers;
    private final PointsModel points;
    private final SaleCompletion completion;
    /** Made last: the parts made before it reach it only through callbacks, which run after construction. */
    private CheckState state;
    private final Checkout checkout;
    private final ReceiptDesk receipts;
    private final TillTexts words;
    /** The till's journal, the key of its {@link CheckHandover}. */
    private final Object journalKey;
    private final String cashierName;
    private final StringProperty approvalText = new SimpleStringProperty("");
    private final SaleTexts texts;
    private final CheckTotals totals;
    private final SaleKeypads keypads;

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
        this.journalKey = till.journal();
        this.cashierName = cashier == null ? null : cashier.name();
        // one client for the screen's life: the till's server and token do not change while it is shown
        SyncClient server = SyncClient.paired(till.identity().serverUrl(), till.identity().token());
        Currency currency = Currency.getInstance(till.identity().currency());
        this.words = TillTexts.of(till);
        this.texts = new SaleTexts(words);
        this.totals = new CheckTotals(words);
        this.message = new ScreenMessage(words);
        this.check = new CheckModel(new ManagerApproval(ManagerApproval.DEFAULT_DISCOUNT_LIMIT), currency,
                till.journal()::cashiers, PinAttempts.of(till.journal(), till.clock()), message::refuse,
                this::checkChanged);
        check.onAction(message::clear);
        check.approvalProperty().addListener((obs, was, now) -> approvalText.set(now == null ? ""
                : texts.approval(now)));
        this.receipts = new ReceiptDesk(output, checkout, till.journal(), words, till.background(), till.ui());
        this.completion = new SaleCompletion(checkout, till.journal(), new OnlineRedemption(server), cashier,
                receipts, texts, message, busy, afterSale, till.background(), till.ui());
        this.grid = new ProductGridModel(till.journal(), line -> {
            nextCheckBegun();
            check.add(line);
        });
        this.payment = new PaymentModel(words, this::blocker, message::show, this::complete,
                () -> state.keepOpenSale());
        var lookup = till.customerLookup();
        ReferralCheck referrals = new ReferralCheck(() -> checkout.rules().referral(),
                hmac -> till.journal().customers().byPhoneHmac(hmac).isPresent(), server::checkReferral);
        this.customers = new CustomerModel(lookup, new CustomerFinder(lookup, server), referrals, texts, message,
                busy, this::paymentTaken, other -> state.sameAmountWith(other), () -> {
                    // a customer found or enrolling is the next check's ("Hello, Eva!" was the last one's)
                    nextCheckBegun();
                    state.refresh();
                },
                this::forgetCustomer, till.background(), till.ui());
        this.points = new PointsModel(this::paymentTaken, message, this::checkChanged);
        completion.attach(this);
        this.keypads = new SaleKeypads(words, customers, payment.amountInputProperty(),
                check.discountInputProperty());
        this.state = new CheckState(check, customers, points, payment, completion, checkout, texts, totals);
        check.freezeWhen(this::paymentTaken);
        this.pointsChangeable = points.canRedeemProperty().and(javafx.beans.binding.Bindings.isEmpty(
                payment.tenderLines()));
        catalog.setAll(till.journal().catalog());
        Optional<OpenSale> open = completion.kept();
        state.refresh();
        Optional<String> leftBy = CheckHandover.take(journalKey);
        open.ifPresent(kept -> restore(kept, leftBy));
    }

    private final javafx.beans.binding.BooleanBinding pointsChangeable;

    /** Whether a payment was taken for the open check: it is then frozen until the payment is undone. */
    private boolean paymentTaken() {
        return !payment.tenders().isEmpty();
    }

    /**
     * The check that was open, with the payments already taken: after a crash or restart, or left by the cashier
     * before (then the sale is the cashier's who completes it: see {@link CheckHandover}). With a payment taken the
     * check is frozen, but a customer can still be found for it when that changes only the points earned.
     */
    private void restore(OpenSale open, Optional<String> leftBy) {
        check.restore(open.lines(), open.checkDiscount());
        payment.restore(open.tenders());
        state.keepOpenSale();
        String customer = open.tenders().isEmpty() ? "sale.restored.findCustomer" : "sale.restored.undoToFind";
        if (leftBy.isPresent()) {
            message.say("sale.handedOver", leftBy.get(), words.say(customer));
        } else {
            message.say("sale.restored", words.say(customer));
        }
    }

    /**
     * The cashier logs out: an open check stays in the journal for the next cashier, who is told whose it was
     * ({@link CheckHandover}).
     */
    public void loggedOut() {
        if (!check.isEmpty() && cashierName != null) {
            CheckHandover.left(journalKey, cashierName);
        }
    }

    /** A product tapped (without questions it goes straight onto the check). */
    public void add(CatalogItem item) {
        if (busy.get()) {
            return;
        }
        message.clear();
        grid.tap(item);
    }

    public void removeLine(int index) {
        if (!busy.get() && index >= 0 && index < check.lines().size()) {
            check.selectedProperty().set(index);
            check.minusOne();
        }
    }

    /**
     * The next check has begun (a product rung up, a customer found or enrolling): what was said of the last sale
     * (paid, change, its receipt and whether it printed) is no longer shown.
     */
    private void nextCheckBegun() {
        completion.receiptTextProperty().set("");
        receipts.clearShown();
    }

    private void checkChanged() {
        payment.clear();
        state.refresh();
    }

    /** See {@link CustomerModel#find}. */
    public void findCustomer() {
        customers.find();
    }

    /** See {@link CustomerModel#enroll}. */
    public void enroll() {
        customers.enroll();
    }

    /** See {@link CustomerModel#clear}. */
    public void clearCustomer() {
        customers.clear();
    }

    private void forgetCustomer() {
        customers.forget();
        points.reset();
        checkChanged();
    }

    /**
     * See {@link CustomerModel#scanned}: a product's barcode rings it up; on a paid check it is refused at once,
     * before any question of the product's (anything else may still find the customer).
     */
    public void scanned(String code) {
        customers.scanned(code, product -> {
            if (paymentTaken() && grid.knows(product)) {
                message.say("pay.locked");
                return true;
            }
            return grid.scanned(product);
        });
    }

    /** See {@link CustomerModel#cardTapped}. */
    public void cardTapped(String uid) {
        customers.cardTapped(uid);
    }

    /** Cash handed over, as typed (empty: exactly what is left); see {@link PaymentModel}. */
    public void payCash() {
        payment.cash();
    }

    /** Why the check cannot be paid now, in words; empty when it can. */
    private Optional<String> blocker() {
        if (busy.get()) {
            return Optional.of("");
        }
        if (check.isEmpty()) {
            return Optional.of(words.say("pay.empty"));
        }
        if (customers.enrollment().openProperty().get()) {
            return Optional.of(words.say("pay.enrollmentOpen"));
        }
        return Optional.empty();
    }

    private void complete() {
        completion.complete(payment.tenders());
    }

    @Override
    public CheckDraft draft() {
        return state.draft();
    }

    @Override
    public PricedCheck priced() {
        return state.priced();
    }

    @Override
    public void paymentFailed() {
        checkChanged();
    }

    @Override
    public void nextCustomer() {
        check.clear();
        forgetCustomer();
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
        return state.earnsPoints();
    }

    /** Points this check earns as it stands (welcome bonus included). */
    public long pointsEarnedNow() {
        return state.pointsEarnedNow();
    }

    /** What {@code points} are worth at this till's rules, minor units (loyalty-core's ProgramRules.worthMinor). */
    public long pointsWorthMinor(long points) {
        return checkout.rules().worthMinor(points);
    }

    public String money(long minor) {
        return texts.money(minor);
    }

    public ObservableList<CatalogItem> catalog() {
        return catalog;
    }

    public ObservableList<String> cartLines() {
        return state.cartLines();
    }

    /** Who is paying: phone, enrollment, cards. */
    public CustomerModel customer() {
        return customers;
    }

    /** What the new customer tells the cashier, while the enrollment is open. */
    public EnrollmentForm enrollment() {
        return customers.enrollment();
    }

    public StringProperty phoneInputProperty() {
        return customers.phoneInputProperty();
    }

    public StringProperty customerStatusProperty() {
        return customers.statusProperty();
    }

    public BooleanProperty enrollmentOpenProperty() {
        return customers.enrollment().openProperty();
    }

    public BooleanProperty redeemPointsProperty() {
        return points.redeemProperty();
    }

    public BooleanProperty canRedeemProperty() {
        return points.canRedeemProperty();
    }

    /**
     * Whether the points controls (pay with points, none, all, the slider) take a tap now: the customer may redeem
     * and no payment is taken (a payment freezes the points until it is undone).
     */
    public javafx.beans.binding.BooleanBinding pointsChangeableProperty() {
        return pointsChangeable;
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

    /** The message of the cashier's last action (a refusal or a notice); empty when it went through. */
    public StringProperty errorMessageProperty() {
        return message.property();
    }

    public StringProperty receiptTextProperty() {
        return completion.receiptTextProperty();
    }

    public ReadOnlyObjectProperty<CompletedSale> lastSaleProperty() {
        return completion.lastSaleProperty();
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

    /** What the manager's PIN is asked for, with the amount and share; empty when nothing waits. */
    public ReadOnlyStringProperty approvalTextProperty() {
        return approvalText;
    }

    /** Points the customer pays with; the slider and quick buttons set it, at most {@link #pointsMaxProperty}. */
    public LongProperty pointsWantedProperty() {
        return points.wantedProperty();
    }

    /** The most points this check lets the customer pay with now. */
    public ReadOnlyLongProperty pointsMaxProperty() {
        return points.maxProperty();
    }

    /** The screen's one on-screen pad and its fields: the phone, the amount tendered and the discount. */
    public SaleKeypads keypads() {
        return keypads;
    }

    public PaymentModel payment() {
        return payment;
    }

    public TillTexts words() {
        return words;
    }
}
