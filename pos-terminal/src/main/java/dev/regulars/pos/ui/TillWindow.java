package dev.regulars.pos.ui;

import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
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

    /** What a window's frame and title bar take (px), roughly, on common desktops. */
    private static final double FRAME_WIDTH = 16;
    private static final double FRAME_HEIGHT = 40;

    private final Stage stage;
    private boolean leaving;

    TillWindow(Stage stage) {
        this.stage = stage;
    }

    /** The till's stylesheet, for its windows. */
    static String stylesheet() {
        return Objects.requireNonNull(TillWindow.class.getResource("till.css")).toExternalForm();
    }

    /** The window's size (px) when the screen has room for it. */
    static final double WINDOW_WIDTH = 1280;
    static final double WINDOW_HEIGHT = 800;

    /**
     * Puts {@code root} in the stage with the till's style and the wedge on its keys: 1280 × 800 in a window, or
     * less on a smaller screen (the primary screen's visual bounds, {@link #windowSize}).
     */
    Scene dress(Parent root, ScannerWedge wedge, String title) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        Dimension2D window = windowSize(visible.getWidth(), visible.getHeight());
        Scene scene = new Scene(root, window.getWidth(), window.getHeight());
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

    /**
     * The window's size on a screen whose visual bounds (without task bars and docks) are {@code width} ×
     * {@code height} px: 1280 × 800, but never larger than those bounds, so Cash and Card at the bottom stay on the
     * screen of a small laptop or a 1024 × 768 monitor. The window's frame takes a little more, hence the margin.
     */
    static Dimension2D windowSize(double width, double height) {
        return new Dimension2D(Math.min(WINDOW_WIDTH, width - FRAME_WIDTH), Math.min(WINDOW_HEIGHT, height - FRAME_HEIGHT));
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
        if (!kiosk) {
            // the frame's top left on the screen's visible area: not under a top panel, the bottom not under a dock
            Rectangle2D visible = Screen.getPrimary().getVisualBounds();
            stage.setX(visible.getMinX());
            stage.setY(visible.getMinY());
        }
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
