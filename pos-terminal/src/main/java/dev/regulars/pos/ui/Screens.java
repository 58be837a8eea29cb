package dev.regulars.pos.ui;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.shift.ShiftDesk;
import dev.regulars.pos.sync.BackgroundSync.SyncResult;
import dev.regulars.pos.ui.display.CustomerDisplayModel;
import dev.regulars.pos.ui.display.CustomerDisplayView;
import dev.regulars.pos.ui.display.CustomerDisplayWindow;
import dev.regulars.pos.ui.login.LoginView;
import dev.regulars.pos.ui.login.LoginViewModel;
import dev.regulars.pos.ui.pairing.PairingView;
import dev.regulars.pos.ui.pairing.PairingViewModel;
import dev.regulars.pos.ui.refund.RefundView;
import dev.regulars.pos.ui.refund.RefundViewModel;
import dev.regulars.pos.ui.sale.SaleView;
import dev.regulars.pos.ui.sale.SaleViewModel;
import dev.regulars.pos.ui.shift.ShiftView;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.ui.shift.DrawerDesk;
import dev.regulars.pos.ui.shift.ShiftViewModel;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

/**
 * Which screen the till shows under its status bar, and the way from one to the next: pairing, PIN login, opening
 * the shift, the sale (with the customer's display), the shift, a refund, and the manager's PIN to leave. Where
 * scans go follows the screen shown. New store details from a sync reach the bar, the login and the display at once,
 * and the sale screen when its check is empty.
 */
final class Screens {

    /**
     * A till launched already paired syncs first once it is on the screen: on two cores the first round (the HTTP
     * client, the JSON mapper, the server's answer) would otherwise slow the start; the sales are safe in the
     * journal meanwhile.
     */
    private static final Duration SYNC_AFTER_LAUNCH = Duration.ofSeconds(5);

    private final TillContext till;
    private final TillOptions options;
    private final BorderPane shell;
    private final ScannerWedge wedge;
    private final Devices devices;
    private final ShellViewModel shellModel;
    private final Supplier<CustomerDisplayWindow> displayWindow;
    private final Runnable leave;
    private CashierRecord cashier;
    private Parent saleScreen;
    private Parent loginScreen;
    private SaleViewModel saleModel;
    private CustomerDisplayWindow display;
    private CustomerDisplayModel displayModel;
    private boolean saleScreenStale;

    /**
     * @param displayWindow makes the customer's window when the first sale screen opens (--customer-display)
     * @param leave         closes the till once a manager allowed it
     */
    Screens(TillContext till, TillOptions options, BorderPane shell, ScannerWedge wedge, Devices devices,
            Supplier<CustomerDisplayWindow> displayWindow, Runnable leave) {
        this.till = till;
        this.options = options;
        this.shell = shell;
        this.wedge = wedge;
        this.devices = devices;
        this.displayWindow = displayWindow;
        this.leave = leave;
        this.shellModel = new ShellViewModel(till);
        shellModel.storeProperty().addListener((obs, was, now) -> storeChanged(now));
        shell.setTop(statusBar());
    }

    /** The first screen: pairing for a new till, else the PIN. */
    void first() {
        if (till.journal().identity().isPresent()) {
            paired(SYNC_AFTER_LAUNCH);
        } else {
            showPairing();
        }
    }

    /** A sync round ended (on the sync thread): the bar says how, and new store details reach the screens. */
    void syncFinished(SyncResult result) {
        shellModel.syncFinished(result);
    }

    ShellViewModel shellModel() {
        return shellModel;
    }

    /** The bar in the cashier's language as the till speaks it now (built again at each login: see showLogin). */
    private Parent statusBar() {
        return new StatusBarView(shellModel, options.fullScreen()).build(new StatusBarView.Actions(
                this::showPairing, this::showLogin,
                () -> {
                    if (saleScreen != null) {
                        showShift();
                    }
                },
                () -> {
                    if (saleScreen != null) {
                        showRefund(null);
                    }
                },
                this::showExit));
    }

    private void showPairing() {
        PairingViewModel model = new PairingViewModel(till, this::paired);
        till.journal().identity().ifPresent(id -> model.serverUrlProperty().set(id.serverUrl()));
        options.serverUrl().ifPresent(model.serverUrlProperty()::set);
        options.pairingCode().ifPresent(model.codeProperty()::set);
        options.terminalName().ifPresent(model.terminalNameProperty()::set);
        shell.setCenter(new PairingView(model).build());
        if (till.journal().identity().isEmpty() && options.serverUrl().isPresent()
                && options.pairingCode().isPresent()) {
            model.pair();
        }
    }

    private void paired() {
        paired(Duration.ZERO);
    }

    private void paired(Duration firstSync) {
        shellModel.refreshTitle();
        devices.startSync(this::syncFinished, firstSync);
        showLogin();
    }

    void showLogin() {
        shellModel.cashierProperty().set("");
        if (saleModel != null && saleScreen != null) {
            saleModel.loggedOut();
        }
        saleScreen = null;
        // the store's language may have come with the first sync since the bar was built
        shell.setTop(statusBar());
        LoginViewModel model = new LoginViewModel(till, cashier -> {
            shellModel.cashierProperty().set(cashier.name());
            showSale(cashier);
        });
        // a scan is no PIN: the burst's first digit, which reached the pad before it was a burst, goes too
        wedge.onScan(code -> model.clear());
        loginScreen = new LoginView(model).build();
        shell.setCenter(loginScreen);
    }

    private void showSale(CashierRecord cashier) {
        this.cashier = cashier;
        ShiftDesk shifts = new ShiftDesk(till.journal(), till.clock(), till.identity().currency());
        if (shifts.current().isEmpty()) {
            shell.setCenter(new ShiftView(shiftModel()).opening(() -> showSale(cashier)));
            return;
        }
        SaleViewModel model = new SaleViewModel(till, cashier, devices.receiptOutput(), () -> {
            shellModel.saleJournalled();
            devices.syncNow();
        });
        saleScreen = new SaleView(model, till.journal()).build();
        saleModel = model;
        saleScreenStale = false;
        shell.setCenter(saleScreen);
        wedge.onScan(model::scanned);
        devices.startNfc(card -> {
            if (saleModel != null && shell.getCenter() == saleScreen) {
                saleModel.cardTapped(card);
            }
        }, shellModel);
        if (options.customerDisplay()) {
            showCustomerDisplay(model);
        }
    }

    /** The customer's screen, on a second monitor when there is one, following this sale screen. */
    private void showCustomerDisplay(SaleViewModel model) {
        StoreDetails store = till.journal().storeDetails().orElseThrow();
        displayModel = CustomerDisplayModel.of(model, store);
        if (display == null) {
            display = displayWindow.get();
        }
        display.show(new CustomerDisplayView(displayModel).build());
    }

    /** The manager's PIN before the till closes (kiosk). */
    void showExit() {
        wedge.onScan(code -> { });
        ExitApproval approval = new ExitApproval(till.journal()::cashiers,
                dev.regulars.pos.sale.PinAttempts.of(till.journal(), till.clock()), words(), () -> {
            if (display != null) {
                display.close();
            }
            leave.run();
        });
        Parent previous = (Parent) shell.getCenter();
        shell.setCenter(new ExitView(approval, words()).build(() -> shell.setCenter(previous)));
    }

    /** Back to the sale as it was left (an open check stays). */
    private void backToSale() {
        if (saleScreenStale && saleModel.cartLines().isEmpty()) {
            showSale(cashier);
            return;
        }
        shell.setCenter(saleScreen);
        wedge.onScan(saleModel::scanned);
    }

    /**
     * The store's details changed (a sync): the bar and a login shown are made again in the till's language now, the
     * display takes the new name, language and join link; the sale screen is made again at once when its check is
     * empty, else when the cashier comes back to it with an empty check (its words were made for the old language).
     */
    private void storeChanged(StoreDetails store) {
        if (store == null) {
            return;
        }
        if (displayModel != null) {
            displayModel.store(store);
        }
        if (saleScreen == null) {
            if (shell.getCenter() != null && shell.getCenter() == loginScreen) {
                showLogin();
            }
            return;
        }
        shell.setTop(statusBar());
        saleScreenStale = !saleModel.words().locale().equals(words().locale());
        if (saleScreenStale && shell.getCenter() == saleScreen && saleModel.cartLines().isEmpty()) {
            showSale(cashier);
        }
    }

    private ShiftViewModel shiftModel() {
        ReceiptOutput output = devices.receiptOutput();
        return new ShiftViewModel(new ShiftDesk(till.journal(), till.clock(), till.identity().currency()),
                till.journal(), new DrawerDesk(till.journal(), output, till.clock(), cashier, words(),
                till.background(), till.ui()), till.checkout(), cashier, output, words(), till.background(), till.ui());
    }

    private void showShift() {
        wedge.onScan(code -> { });
        ShiftViewModel model = shiftModel();
        shell.setCenter(new ShiftView(model).shift(this::backToSale, this::showRefund, this::showLogin));
    }

    private void showRefund(JournalledSale sale) {
        RefundViewModel model = new RefundViewModel(new RefundDesk(till.journal(), till.clock()), till.journal(),
                till.checkout(), cashier, devices.receiptOutput(), words(), till.background(), till.ui());
        if (sale != null) {
            model.show(sale);
        }
        shell.setCenter(new RefundView(model).build(this::backToSale));
        wedge.onScan(code -> {
            model.lookupProperty().set(code);
            model.find();
        });
    }

    private TillTexts words() {
        return TillTexts.of(till);
    }
}
