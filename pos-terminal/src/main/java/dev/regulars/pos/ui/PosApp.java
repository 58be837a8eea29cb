package dev.regulars.pos.ui;

import dev.regulars.pos.ColdStartMark;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.ui.display.CustomerDisplayWindow;
import java.time.Duration;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The till's application: one window (full screen in kiosk mode, {@link TillWindow}) showing one screen at a time
 * under a status bar ({@link Screens}), and the devices it drives ({@link Devices}).
 */
public class PosApp extends Application {

    /**
     * {@code -Dregulars.till.exit-at-pin-screen=true}: print a line once the first screen (the PIN pad of a paired
     * till) has been drawn and exit (the cold-start benchmark, benchmarks/till.sh, times the launch to that line).
     */
    static final String EXIT_AT_PIN_SCREEN = "regulars.till.exit-at-pin-screen";

    private static TillContext launchContext;
    private static TillOptions launchOptions;

    private final TillContext till;
    private final TillOptions options;
    private final ScannerWedge wedge = new ScannerWedge(System::nanoTime);
    private Devices devices;
    private Screens screens;

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
        BorderPane shell = new BorderPane();
        TillWindow window = new TillWindow(stage);
        devices = new Devices(till, options);
        screens = new Screens(till, options, shell, wedge, devices, () -> new CustomerDisplayWindow(stage,
                CustomerDisplayWindow.systemScreens(), TillTexts.of(till).say("app.displayTitle"),
                TillWindow.stylesheet()), window::leave);
        window.dress(shell, wedge, screens.shellModel().words().say("app.title"));
        screens.first();
        window.show(options.fullScreen(), screens::showExit);
        if (Boolean.getBoolean(EXIT_AT_PIN_SCREEN)) {
            exitOnceDrawn(stage);
        }
    }

    /** Counts the frames drawn while the window shows: the first draws the screen, so by the second it is there. */
    private static void exitOnceDrawn(Stage stage) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++frames == 2) {
                    stop();
                    ColdStartMark.pinScreenShown();
                    Platform.exit();
                }
            }
        }.start();
    }

    /** The screens, for tests that drive what a sync or the window's close would. */
    Screens screens() {
        return screens;
    }

    @Override
    public void stop() {
        if (devices != null) {
            devices.close();
        }
        till.journal().close();
    }

    /** How long to wait between sync rounds; empty turns background sync off (tests drive sync themselves). */
    public static Duration defaultSyncPeriod() {
        return Duration.ofSeconds(15);
    }
}
