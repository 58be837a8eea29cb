package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real till window headless (Monocle): log in, ring up, find the regular, redeem, pay cash. */
@ExtendWith(ApplicationExtension.class)
class SaleScreenTest {

    @TempDir
    Path dir;
    private Journal journal;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = TillFixture.pairedJournal(dir);
        new PosApp(TillFixture.context(journal), new TillOptions(false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).start(stage);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void ringsUpASaleForARegularThroughTheScreen(FxRobot robot) throws Exception {
        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
        assertThat(robot.lookup("#cashier-name").queryAs(Label.class).getText()).isEqualTo("Anna");

        robot.clickOn("#product-FLAT-WHITE");
        robot.clickOn("#product-FLAT-WHITE");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#phone").write("06 1234 5678");
        robot.clickOn("#find-customer");
        robot.clickOn("#redeem");
        robot.clickOn("#tendered").write("10");

        assertThat(label(robot, "#customer-status")).isEqualTo("Eva · +31 6 12345678 · 250 points");
        assertThat(label(robot, "#discount")).isEqualTo("−€2.50 (250 points)");
        assertThat(label(robot, "#due")).isEqualTo("€8.00");
        screenshot(robot, Path.of("target", "sale-screen.png"));

        robot.clickOn("#pay");

        assertThat(label(robot, "#receipt"))
                .isEqualTo("Paid €8.00 · change €2.00\nEva used 250 points, earned 40 points · balance 40");
        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.tillFigures()).isEqualTo(new SaleRecord.TillFigures(1050, 0, 250, 800, 40));
        assertThat(stored.lines()).hasSize(2);
        screenshot(robot, Path.of("target", "sale-screen-paid.png"));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void screenshot(FxRobot robot, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
