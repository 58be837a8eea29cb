package dev.regulars.pos.ui.display;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The customer's window, only ever on a screen of its own: it fills the first screen the till's window is not on,
 * without full screen (JavaFX gives full screen to one window, and that is the till's). With one screen it is not
 * shown at all: a café's only screen is the cashier's, and a window over a kiosk till hides the check or Pay.
 * It follows the screens as they come and go ({@code screens} is watched): a monitor plugged in later gets the
 * display, one unplugged takes it away, and a display window closed (a window manager's key) comes back at the
 * next change of screens or of sale screen.
 */
public final class CustomerDisplayWindow {

    private final Window till;
    private final ObservableList<Rectangle2D> screens;
    private final String title;
    private final String stylesheet;
    private Stage stage;
    private Parent content;
    private boolean closed;

    /**
     * @param till       the till's window: the display goes on another screen, and gives the keys back to it
     * @param screens    the screens' bounds, primary first, kept up to date ({@link #systemScreens()})
     * @param title      the display window's title (task bars, window lists)
     * @param stylesheet the till's stylesheet URL
     */
    public CustomerDisplayWindow(Window till, ObservableList<Rectangle2D> screens, String title, String stylesheet) {
        this.till = till;
        this.screens = screens;
        this.title = title;
        this.stylesheet = stylesheet;
        screens.addListener((ListChangeListener<Rectangle2D>) change -> place());
    }

    /** The screens JavaFX knows, as bounds, following {@link Screen#getScreens()} as monitors come and go. */
    public static ObservableList<Rectangle2D> systemScreens() {
        ObservableList<Rectangle2D> bounds = FXCollections.observableArrayList();
        Runnable copy = () -> bounds.setAll(Screen.getScreens().stream().map(Screen::getBounds).toList());
        Screen.getScreens().addListener((ListChangeListener<Screen>) change -> copy.run());
        copy.run();
        return bounds;
    }

    /**
     * Where the display goes: the first of {@code screens} that does not hold the centre of the till's window;
     * empty with one screen (or none other).
     */
    public static Optional<Rectangle2D> placement(List<Rectangle2D> screens, Rectangle2D tillWindow) {
        double x = tillWindow.getMinX() + tillWindow.getWidth() / 2;
        double y = tillWindow.getMinY() + tillWindow.getHeight() / 2;
        Optional<Rectangle2D> tills = screens.stream().filter(s -> s.contains(x, y)).findFirst()
                .or(() -> screens.stream().findFirst());
        return screens.stream().filter(s -> !s.equals(tills.orElse(null))).findFirst();
    }

    /** Shows {@code view} to the customer (a new sale screen's display), on its own screen when there is one. */
    public void show(Parent view) {
        content = view;
        if (stage != null) {
            stage.getScene().setRoot(view);
        }
        place();
    }

    /** The till is leaving: the display closes for good. */
    public void close() {
        closed = true;
        if (stage != null) {
            stage.close();
        }
    }

    /** Whether the customer sees the display now. */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The display's window (null before it was first shown), for tests and the window list. */
    public Stage stage() {
        return stage;
    }

    private void place() {
        if (closed || content == null) {
            return;
        }
        Optional<Rectangle2D> where = placement(screens,
                new Rectangle2D(till.getX(), till.getY(), Math.max(1, till.getWidth()), Math.max(1, till.getHeight())));
        if (where.isEmpty()) {
            if (stage != null) {
                stage.hide();
            }
            return;
        }
        Rectangle2D bounds = where.get();
        if (stage == null) {
            stage = new Stage(StageStyle.UNDECORATED);
            stage.setTitle(title);
            stage.setScene(new Scene(content, bounds.getWidth(), bounds.getHeight()));
            stage.getScene().getStylesheets().add(stylesheet);
            // the customer cannot close it; the cashier's keys and scans stay with the till
            stage.setOnCloseRequest(e -> e.consume());
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (!stage.isShowing()) {
            stage.show();
            till.requestFocus();
        }
    }
}
