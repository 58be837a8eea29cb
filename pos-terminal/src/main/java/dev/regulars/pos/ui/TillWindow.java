package dev.regulars.pos.ui;

import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The till's stage: its scene and style, the scanner wedge on its keys, and the kiosk (full screen, no exit key, the
 * window's close asking for a manager's PIN). The layout follows the window's size, also when it changes (another
 * monitor, a rotated screen): below {@link #COMPACT_WIDTH} × {@link #COMPACT_HEIGHT} the screens take the style
 * class {@code compact} (smaller type and buttons, till.css), so 1024 × 768 and 800 × 600 touch screens show
 * everything.
 */
final class TillWindow {

    /** Narrower than this (px) is a small touch screen: 1024 × 768, 800 × 600. */
    static final double COMPACT_WIDTH = 1200;
    /** Lower than this (px) too: 1366 × 768 and 1280 × 720 keep the large type only if they are wide. */
    static final double COMPACT_HEIGHT = 700;

    private final Stage stage;
    private boolean leaving;

    TillWindow(Stage stage) {
        this.stage = stage;
    }

    /** The till's stylesheet, for its windows. */
    static String stylesheet() {
        return Objects.requireNonNull(TillWindow.class.getResource("till.css")).toExternalForm();
    }

    /** Puts {@code root} in the stage (1280 × 800 in a window) with the till's style and the wedge on its keys. */
    Scene dress(Parent root, ScannerWedge wedge, String title) {
        Scene scene = new Scene(root, 1280, 800);
        wedge.attach(scene);
        scene.getStylesheets().add(stylesheet());
        InvalidationListener size = obs -> compact(root, scene.getWidth(), scene.getHeight());
        scene.widthProperty().addListener(size);
        scene.heightProperty().addListener(size);
        compact(root, scene.getWidth(), scene.getHeight());
        stage.setTitle(title);
        stage.setScene(scene);
        return scene;
    }

    /** Whether a screen of this size takes the compact style. */
    static boolean isCompact(double width, double height) {
        return width < COMPACT_WIDTH || height < COMPACT_HEIGHT;
    }

    private static void compact(Parent root, double width, double height) {
        boolean compact = isCompact(width, height);
        if (compact && !root.getStyleClass().contains("compact")) {
            root.getStyleClass().add("compact");
        } else if (!compact) {
            root.getStyleClass().remove("compact");
        }
    }

    /**
     * Shows the stage; in kiosk mode full screen without an exit key, and the window's close (Alt+F4) asks for a
     * manager's PIN through {@code exitAsked} like the Close button.
     */
    void show(boolean kiosk, Runnable exitAsked) {
        stage.show();
        if (kiosk) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnCloseRequest(e -> {
                if (!leaving) {
                    e.consume();
                    exitAsked.run();
                }
            });
        }
    }

    /** Closes the till for good (a manager allowed it). */
    void leave() {
        leaving = true;
        stage.close();
        javafx.application.Platform.exit();
    }
}
