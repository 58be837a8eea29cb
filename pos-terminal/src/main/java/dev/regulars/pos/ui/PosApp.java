package dev.regulars.pos.ui;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.ColdStartMark;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.devices.nfc.NfcCardReader;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.shift.ShiftDesk;
import dev.regulars.pos.ui.display.CustomerDisplayModel;
import dev.regulars.pos.ui.display.CustomerDisplayView;
import dev.regulars.pos.ui.refund.RefundView;
import dev.regulars.pos.ui.refund.RefundViewModel;
import dev.regulars.pos.ui.shift.ShiftView;
import dev.regulars.pos.ui.shift.ShiftViewModel;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sync.BackgroundSync;
import dev.regulars.pos.ui.login.LoginView;
import dev.regulars.pos.ui.login.LoginViewModel;
import dev.regulars.pos.ui.pairing.PairingView;
import dev.regulars.pos.ui.pairing.PairingViewModel;
import dev.regulars.pos.ui.sale.SaleView;
import dev.regulars.pos.ui.sale.SaleViewModel;
import java.time.Duration;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** The till window: full screen, one screen at a time (pairing, PIN login, sale) under a status bar. */
public class PosApp extends Application {

    /**
     * {@code -Dregulars.till.exit-at-pin-screen=true}: print a line once the PIN screen has been drawn and exit (the
     * cold-start benchmark, benchmarks/till.sh, times the launch to that line).
     */
    static final String EXIT_AT_PIN_SCREEN = "regulars.till.exit-at-pin-screen";
    /**
     * A till launched already paired syncs first once it is on the screen: on two cores the first round (the HTTP
     * client, the JSON mapper, the server's answer) would otherwise slow the start; the sales are safe in the
     * journal meanwhile.
     */
    private static final Duration SYNC_AFTER_LAUNCH = Duration.ofSeconds(5);

    private static TillContext launchContext;
    private static TillOptions launchOptions;

    private final TillContext till;
    private final TillOptions options;
    private final BorderPane shell = new BorderPane();
    private ShellViewModel shellModel;
    private CashierRecord cashier;
    private Parent saleScreen;
    private Stage stage;
    private Stage displayStage;
    private boolean leaving;
    private final ScannerWedge wedge = new ScannerWedge(System::nanoTime);
    private NfcCardReader nfc;
    private SaleViewModel saleModel;
    private BackgroundSync backgroundSync;

    /** Used by Application.launch after {@link #prepare}. */
    public PosApp() {
        this(Objects.requireNonNull(launchContext, "call PosApp.prepare first"), launchOptions);
    }

    public PosApp(TillContext till, TillOptions options) {
        this.till = till;
        this.options = options;
    }

    public static void prepare(TillContext till, TillOptions options) {
        launchContext = till;
        launchOptions = options;
    }

    @Override
    public void start(Stage stage) {
        shellModel = new ShellViewModel(till);
        shell.setTop(statusBar());
        Scene scene = new Scene(shell, 1280, 800);
        wedge.attach(scene);
        scene.getStylesheets().add(Objects.requireNonNull(PosApp.class.getResource("till.css")).toExternalForm());
        stage.setTitle(shellModel.words().say("app.title"));
        stage.setScene(scene);
        if (till.journal().identity().isPresent()) {
            paired(SYNC_AFTER_LAUNCH);
        } else {
            showPairing();
        }
        stage.show();
        this.stage = stage;
        if (options.fullScreen()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            // kiosk: the window's close (Alt+F4) asks for a manager's PIN like the Close button
            stage.setOnCloseRequest(e -> {
                if (!leaving) {
                    e.consume();
                    showExit();
                }
            });
        }
    }

    /** The bar in the cashier's language as the till speaks it now (built again at each login: see showLogin). */
    private Parent statusBar() {
        TillTexts words = shellModel.words();
        Label title = new Label();
        title.textProperty().bind(shellModel.titleProperty());
        Label cashier = new Label();
        cashier.setId("cashier-name");
        cashier.textProperty().bind(shellModel.cashierProperty());
        Label sync = new Label();
        sync.setId("sync-status");
        sync.textProperty().bind(shellModel.syncStatusProperty());
        Button pairAgain = new Button(words.say("bar.pairAgain"));
        pairAgain.setId("pair-again");
        pairAgain.visibleProperty().bind(shellModel.pairAgainProperty());
        pairAgain.managedProperty().bind(shellModel.pairAgainProperty());
        pairAgain.setOnAction(e -> showPairing());
        Button logout = new Button(words.say("bar.logout"));
        logout.setId("logout");
        logout.visibleProperty().bind(shellModel.cashierProperty().isNotEmpty());
        logout.setOnAction(e -> showLogin());
        Button shift = new Button(words.say("bar.shift"));
        shift.setId("shift");
        shift.visibleProperty().bind(shellModel.cashierProperty().isNotEmpty());
        shift.setOnAction(e -> {
            if (saleScreen != null) {
                showShift();
            }
        });
        Button refund = new Button(words.say("bar.refund"));
        refund.setId("refund");
        refund.visibleProperty().bind(shellModel.cashierProperty().isNotEmpty());
        refund.setOnAction(e -> {
            if (saleScreen != null) {
                showRefund(null);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(words.say("bar.close"));
        close.setId("close-till");
        close.setVisible(options.fullScreen());
        close.setManaged(options.fullScreen());
        close.setOnAction(e -> showExit());
        Label nfcState = new Label();
        nfcState.setId("nfc-status");
        nfcState.textProperty().bind(shellModel.nfcProperty());
        javafx.scene.control.Tooltip nfcDetails = new javafx.scene.control.Tooltip();
        nfcDetails.textProperty().bind(shellModel.nfcDetailsProperty());
        nfcState.setTooltip(nfcDetails);
        HBox bar = new HBox(16, title, cashier, gap, nfcState, sync, pairAgain, shift, refund, logout, close);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
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

    /** @param firstSync when the first sync round starts (at once after pairing: the rest of the customers) */
    private void paired(Duration firstSync) {
        shellModel.refreshTitle();
        if (backgroundSync == null && options.syncPeriod().isPresent()) {
            backgroundSync = new BackgroundSync(till.sync(), shellModel::syncFinished);
            backgroundSync.start(options.syncPeriod().get(), firstSync);
        }
        showLogin();
    }

    private void showLogin() {
        wedge.onScan(code -> { });
        shellModel.cashierProperty().set("");
        saleScreen = null;
        // the store's language may have come with the first sync since the bar was built
        shell.setTop(statusBar());
        LoginViewModel model = new LoginViewModel(till, cashier -> {
            shellModel.cashierProperty().set(cashier.name());
            showSale(cashier);
        });
        shell.setCenter(new LoginView(model).build());
        if (Boolean.getBoolean(EXIT_AT_PIN_SCREEN)) {
            exitOnceDrawn();
        }
    }

    /**
     * Counts the frames drawn while the window shows the PIN screen: the first one draws it, so by the start of
     * the second it is on the screen.
     */
    private void exitOnceDrawn() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (shell.getScene().getWindow().isShowing() && ++frames == 2) {
                    stop();
                    ColdStartMark.pinScreenShown();
                    Platform.exit();
                }
            }
        }.start();
    }

    private void showSale(CashierRecord cashier) {
        this.cashier = cashier;
        ShiftDesk shifts = new ShiftDesk(till.journal(), till.clock(), till.identity().currency());
        if (shifts.current().isEmpty()) {
            shell.setCenter(new ShiftView(shiftModel()).opening(() -> showSale(cashier)));
            return;
        }
        SaleViewModel model = new SaleViewModel(till, cashier, receiptOutput(), () -> {
            if (backgroundSync != null) {
                backgroundSync.requestNow();
            }
        });
        saleScreen = new SaleView(model, till.journal()).build();
        saleModel = model;
        shell.setCenter(saleScreen);
        wedge.onScan(model::scanned);
        startNfc();
        if (options.customerDisplay()) {
            showCustomerDisplay(model);
        }
    }

    /** The customer's screen, on a second monitor when there is one, following this sale screen. */
    private void showCustomerDisplay(SaleViewModel model) {
        var store = till.journal().storeDetails().orElseThrow();
        TillTexts customers = new TillTexts(java.util.Locale.forLanguageTag(store.receiptLanguage()),
                java.util.Currency.getInstance(store.currency()));
        TillTexts cashiers = words();
        Parent view = new CustomerDisplayView(new CustomerDisplayModel(model, customers, store.storeName(),
                store.joinUrl())).build();
        if (displayStage == null) {
            displayStage = new Stage(StageStyle.UNDECORATED);
            displayStage.setTitle(cashiers.say("app.displayTitle"));
            // the whole second screen, without full screen: JavaFX gives full screen to one window only, and that
            // is the till's; with one screen (a test bench) a window beside the till
            var screens = Screen.getScreens();
            var bounds = (screens.size() > 1 ? screens.get(1) : Screen.getPrimary()).getBounds();
            double width = screens.size() > 1 ? bounds.getWidth() : 1024;
            double height = screens.size() > 1 ? bounds.getHeight() : 600;
            displayStage.setScene(new Scene(view, width, height));
            displayStage.getScene().getStylesheets().add(
                    Objects.requireNonNull(PosApp.class.getResource("till.css")).toExternalForm());
            displayStage.setX(bounds.getMinX());
            displayStage.setY(bounds.getMinY());
            // the customer cannot close it; the cashier's keys and scans stay with the till
            displayStage.setOnCloseRequest(e -> e.consume());
            displayStage.show();
            stage.requestFocus();
        } else {
            displayStage.getScene().setRoot(view);
        }
    }

    /** The manager's PIN before the till closes (kiosk). */
    private void showExit() {
        wedge.onScan(code -> { });
        ExitApproval approval = new ExitApproval(till.journal()::cashiers, words(), () -> {
            leaving = true;
            if (displayStage != null) {
                displayStage.close();
            }
            stage.close();
            javafx.application.Platform.exit();
        });
        Parent previous = (Parent) shell.getCenter();
        shell.setCenter(new ExitView(approval, words()).build(() -> shell.setCenter(previous)));
    }

    /** Back to the sale as it was left (an open check stays). */
    private void backToSale() {
        shell.setCenter(saleScreen);
        wedge.onScan(saleModel::scanned);
    }

    /** The NFC reader (--nfc): a tapped card identifies the customer at the sale screen shown. */
    private void startNfc() {
        if (nfc != null || !options.nfc()) {
            return;
        }
        nfc = NfcCardReader.system();
        nfc.start(tap -> till.ui().execute(() -> {
            if (saleModel != null && shell.getCenter() == saleScreen) {
                saleModel.cardTapped(tap.cardNumber());
            }
        }), status -> till.ui().execute(() -> shellModel.nfcStatus(status.kind().name(), status.message())));
    }

    private ShiftViewModel shiftModel() {
        return new ShiftViewModel(new ShiftDesk(till.journal(), till.clock(), till.identity().currency()),
                till.checkout(), cashier, receiptOutput(), words(), till.background(), till.ui());
    }

    private void showShift() {
        wedge.onScan(code -> { });
        ShiftViewModel model = shiftModel();
        shell.setCenter(new ShiftView(model).shift(this::backToSale, this::showRefund, this::showLogin));
    }

    private void showRefund(JournalledSale sale) {
        RefundViewModel model = new RefundViewModel(new RefundDesk(till.journal(), till.clock()), till.journal(),
                till.checkout(), cashier, receiptOutput(), words(), till.background(), till.ui());
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

    /** The printer of the till's options, and the PDF archive beside the journal. */
    private ReceiptOutput receiptOutput() {
        PrinterProfile paper = options.paperMm() == 58 ? PrinterProfile.PAPER_58 : PrinterProfile.PAPER_80;
        return new ReceiptOutput(ReceiptOutput.printerAt(options.printer().orElse(null)),
                options.rasterQr() ? paper.withRasterQr() : paper, till.journal().folder().resolve("receipts"));
    }

    @Override
    public void stop() {
        if (nfc != null) {
            nfc.close();
        }
        if (backgroundSync != null) {
            backgroundSync.close();
        }
        till.journal().close();
    }

    /** How long to wait between sync rounds; empty turns background sync off (tests drive sync themselves). */
    public static Duration defaultSyncPeriod() {
        return Duration.ofSeconds(15);
    }
}
