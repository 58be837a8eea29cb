package dev.regulars.pos.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer's window never covers the till: with one screen it is not shown; a second screen plugged in later
 * gets it, unplugging takes it away, and a display window that was closed comes back.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerDisplayWindowTest {

    private static final Rectangle2D TILL = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D SECOND = new Rectangle2D(1280, 0, 1024, 600);

    private final ObservableList<Rectangle2D> screens = FXCollections.observableArrayList(TILL);
    private Stage till;

    @Start
    void start(Stage stage) {
        till = stage;
        stage.setScene(new Scene(new StackPane(new Label("till")), 1280, 800));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void goesOnTheScreenTheTillIsNotOn() {
        assertThat(CustomerDisplayWindow.placement(List.of(TILL), TILL)).isEmpty();
        assertThat(CustomerDisplayWindow.placement(List.of(TILL, SECOND), TILL)).contains(SECOND);
        // the customer's monitor made primary: the till is on the second in the list, the display on the first
        assertThat(CustomerDisplayWindow.placement(List.of(SECOND, TILL), TILL)).contains(SECOND);
        assertThat(CustomerDisplayWindow.placement(List.of(TILL, SECOND), new Rectangle2D(1300, 10, 1000, 500)))
                .contains(TILL);
    }

    @Test
    void followsTheScreensAsTheyComeAndGo(FxRobot robot) {
        CustomerDisplayWindow[] display = new CustomerDisplayWindow[1];
        robot.interact(() -> {
            display[0] = new CustomerDisplayWindow(till, screens, "display", dev.regulars.pos.ui.PosApp.class.getResource("till.css").toExternalForm());
            display[0].show(new StackPane(new Label("Welcome")));
        });
        assertThat(display[0].isShowing()).as("one screen: the till's").isFalse();

        robot.interact(() -> screens.add(SECOND));
        assertThat(display[0].isShowing()).isTrue();
        Stage shown = display[0].stage();
        assertThat(new Rectangle2D(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight())).isEqualTo(SECOND);

        robot.interact(() -> screens.remove(SECOND));
        assertThat(display[0].isShowing()).as("the second screen unplugged").isFalse();

        // plugged in again, then the window closed by a window manager's key: the next sale screen brings it back
        robot.interact(() -> screens.add(SECOND));
        assertThat(display[0].isShowing()).isTrue();
        robot.interact(() -> display[0].stage().hide());
        robot.interact(() -> display[0].show(new StackPane(new Label("Next sale"))));
        assertThat(display[0].isShowing()).isTrue();
        assertThat(display[0].stage().getScene().getRoot().lookup(".label")).extracting(n -> ((Label) n).getText())
                .isEqualTo("Next sale");

        robot.interact(() -> display[0].close());
        robot.interact(() -> screens.add(new Rectangle2D(-1024, 0, 1024, 768)));
        assertThat(display[0].isShowing()).as("the till left: no display any more").isFalse();
    }
}
