package dev.regulars.pos.ui.sale;

import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerFinder;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sale.ReferralCheck;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who is paying: the phone typed or a code scanned, found in the till's cache and else on the server (off the
 * JavaFX thread, {@code busy} set meanwhile), an NFC card tapped, or someone new enrolling with this sale. While a
 * payment is taken for the check a customer can still be added (a cashier often learns only after the card went
 * through that this is a regular), as long as the check then costs what was paid: the sale earns that customer's
 * points. A customer whose discount (a friend's first purchase) would change the amount is refused until the payment
 * is undone, and so is taking the customer off. Every change calls {@code onChange} so the check follows.
 */
public final class CustomerModel {

    private final StringProperty phoneInput = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final EnrollmentForm enrollment = new EnrollmentForm();
    private final CustomerLookup lookup;
    private final CustomerFinder finder;
    private final ReferralCheck referrals;
    private final SaleTexts texts;
    private final ScreenMessage message;
    private final BooleanProperty busy;
    private final BooleanSupplier paymentTaken;
    private final java.util.function.Predicate<CustomerAtTill> sameAmount;
    private final Runnable onChange;
    private final Runnable onCleared;
    private final Executor background;
    private final Executor ui;
    private CustomerAtTill customer = new CustomerAtTill.Anonymous();

    CustomerModel(CustomerLookup lookup, CustomerFinder finder, ReferralCheck referrals, SaleTexts texts,
                  ScreenMessage message, BooleanProperty busy, BooleanSupplier paymentTaken,
                  java.util.function.Predicate<CustomerAtTill> sameAmount, Runnable onChange,
                  Runnable onCleared, Executor background, Executor ui) {
        this.sameAmount = sameAmount;
        this.onCleared = onCleared;
        this.lookup = lookup;
        this.finder = finder;
        this.referrals = referrals;
        this.texts = texts;
        this.message = message;
        this.busy = busy;
        this.paymentTaken = paymentTaken;
        this.onChange = onChange;
        this.background = background;
        this.ui = ui;
    }

    /** True (and says so) while the customer cannot be taken off: a payment was taken for the check. */
    boolean locked() {
        if (paymentTaken.getAsBoolean()) {
            message.say("pay.locked");
            return true;
        }
        return false;
    }

    /**
     * Finds who is paying from the typed phone or a scan: in the till's cache, else on the server. A phone nobody
     * has opens the enrollment.
     */
    public void find() {
        if (busy.get()) {
            return;
        }
        message.clear();
        String typed = phoneInput.get();
        lookUp(() -> finder.find(typed));
    }

    /**
     * A code scanned at the sale screen: a product's barcode rings it up ({@code product} says whether the catalog
     * had it); anything else identifies the customer (a card's barcode or QR, the rotating code of the card page).
     */
    void scanned(String code, java.util.function.Predicate<String> product) {
        if (busy.get()) {
            return;
        }
        message.clear();
        // a paid check takes no product: SaleViewModel refuses its code before the product is tapped
        if (product.test(code)) {
            return;
        }
        if (dev.regulars.pos.sale.ScannedInput.isProductBarcode(code)) {
            // an EAN-13 or EAN-8 is a product's code, never a customer's: this catalog does not have it
            message.say("modifiers.noScan", code);
            return;
        }
        if (isReceiptQr(code)) {
            // a receipt's rating link names a sale, never a customer: the refund screen is where it is used
            message.say("sale.receiptScanned");
            return;
        }
        phoneInput.set(code);
        find();
    }

    /** Whether {@code code} is a receipt's QR: a rating link {@code …/r/TOKEN} with a sale's token. */
    private static boolean isReceiptQr(String code) {
        int at = code.lastIndexOf("/r/");
        return at >= 0 && dev.regulars.core.feedback.ReceiptToken.saleId(code.substring(at + 3).strip()).isPresent();
    }

    /** Takes the customer off the check (not while a payment is taken); {@code onCleared} then follows. */
    public void clear() {
        if (busy.get()) {
            return;
        }
        message.clear();
        if (!locked()) {
            onCleared.run();
        }
    }

    /**
     * An NFC card on the reader: while an enrollment is open it is the card handed over; otherwise it identifies the
     * customer (it earns, and never pays with points, like any static card).
     */
    public void cardTapped(String uid) {
        if (busy.get()) {
            return;
        }
        message.clear();
        if (enrollment.openProperty().get()) {
            enrollment.nfcCard(uid);
            return;
        }
        lookUp(() -> finder.findNfcCard(uid));
    }

    /** Looks the customer up off the JavaFX thread (the server may be slow or away), the screen waiting meanwhile. */
    private void lookUp(Supplier<CustomerFinder.Finding> search) {
        busy.set(true);
        status.set(message.words().say("customer.looking"));
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
            if (!attachable(found.customer())) {
                return;
            }
            customer = found.customer();
            enrollment.close(false);
        } else if (finding instanceof CustomerFinder.NotEnrolled unknown) {
            // nobody is paying while the newcomer enrolls: refused where the customer of now paid with points
            if (!attachable(new CustomerAtTill.Anonymous())) {
                return;
            }
            customer = new CustomerAtTill.Anonymous();
            enrollment.openFor(unknown.phone());
        } else if (finding instanceof CustomerFinder.Problem problem) {
            // the number asked for now is not the one the open form offers to enroll: nobody enrolls that by mistake
            enrollment.close(true);
            message.refuse(problem.reason());
        }
        onChange.run();
    }

    /**
     * Enrolls the pending phone with this sale. A friend's code is checked first ({@link ReferralCheck}, off the
     * JavaFX thread): only a code the check accepts brings the friend's discount; a refused one leaves the form
     * open and says why.
     */
    public void enroll() {
        if (busy.get()) {
            return;
        }
        message.clear();
        CustomerAtTill.Enrolling enrolling;
        try {
            enrolling = enrollment.enrolling(lookup::hashOf);
        } catch (IllegalArgumentException e) {
            message.refuse(e);
            return;
        }
        if (enrolling.referralCode() == null) {
            enrolled(enrolling);
            return;
        }
        busy.set(true);
        status.set(message.words().say("enroll.checkingCode"));
        background.execute(() -> {
            ReferralCheck.Verdict verdict = referrals.check(enrolling);
            ui.execute(() -> {
                busy.set(false);
                if (verdict instanceof ReferralCheck.Refused refused) {
                    message.refuse(refused.reason());
                    onChange.run();
                } else {
                    enrolled(enrolling);
                }
            });
        });
    }

    private void enrolled(CustomerAtTill.Enrolling enrolling) {
        if (!attachable(enrolling)) {
            return;
        }
        customer = enrolling;
        enrollment.close(false);
        onChange.run();
    }

    /**
     * Whether {@code candidate} may become the check's customer now: always before a payment; after one only when
     * the check then costs what was paid (no points paid with, no discount of theirs), else it says so and the
     * customer stays as they were.
     */
    private boolean attachable(CustomerAtTill candidate) {
        if (!paymentTaken.getAsBoolean() || sameAmount.test(candidate)) {
            return true;
        }
        message.say("pay.customerChangesAmount");
        onChange.run();
        return false;
    }

    /** Nobody is paying any more: after a sale, or the cashier took the customer off. */
    void forget() {
        customer = new CustomerAtTill.Anonymous();
        phoneInput.set("");
        enrollment.close(true);
    }

    /** Who is paying now. */
    /** The store's region (ISO 3166), in which a typed phone is read. */
    String phoneRegion() {
        return lookup.phoneRegion();
    }

    CustomerAtTill current() {
        return customer;
    }

    /** Shows who is paying (after every change of the check or customer). */
    void showStatus() {
        status.set(texts.customer(customer, enrollment.openPhone()));
    }

    public EnrollmentForm enrollment() {
        return enrollment;
    }

    public StringProperty phoneInputProperty() {
        return phoneInput;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
