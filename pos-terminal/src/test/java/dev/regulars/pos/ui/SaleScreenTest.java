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
        journal = TillFixture.cafeJournal(dir);
        new PosApp(TillFixture.context(journal), new TillOptions(false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).start(stage);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void ringsUpASaleForARegularThroughTheScreen(FxRobot robot) throws Exception {
        logInAndOpenTheShift(robot);
        assertThat(robot.lookup("#cashier-name").queryAs(Label.class).getText()).isEqualTo("Anna");

        ringUpTwoFlatWhitesAndACroissantForEvaWithHerPoints(robot);

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

    @Test
    void walksASaleWithModifiersAManagersDiscountAndASplitPayment(FxRobot robot) throws Exception {
        logInAndOpenTheShift(robot);
        robot.clickOn("#category-Coffee");
        robot.clickOn("#product-LATTE");
        // the size is asked with Regular chosen; Large and oat milk
        assertThat(robot.lookup("#modifiers").query().isVisible()).isTrue();
        robot.clickOn("#modifier-0-2");
        robot.clickOn("#modifier-1-1");
        screenshot(robot, Path.of("target", "sale-screen-modifiers.png"));
        robot.clickOn("#modifier-add");
        robot.clickOn("#product-LATTE");
        robot.clickOn("#modifier-add");
        assertThat(robot.lookup("#cart").queryListView().getItems()).hasSize(2);
        assertThat(label(robot, "#due")).isEqualTo("€7.90"); // 3.50 + 0.50 + 0.40 = 4.40, and a regular 3.50

        // 20 % off the large oat latte is above the cashier's 10 %: a manager's PIN, not Anna's
        robot.interact(() -> robot.lookup("#cart").queryListView().getSelectionModel().select(0));
        robot.clickOn("#discount-input").write("20%");
        robot.clickOn("#discount-line");
        assertThat(robot.lookup("#manager").query().isVisible()).isTrue();
        robot.clickOn("#manager-pin").write("1234");
        robot.clickOn("#manager-approve");
        assertThat(label(robot, "#manager-error")).isEqualTo("That is not a manager's PIN");
        screenshot(robot, Path.of("target", "sale-screen-manager.png"));
        robot.clickOn("#manager-pin").write("9999");
        robot.clickOn("#manager-approve");
        assertThat(robot.lookup("#manager").query().isVisible()).isFalse();
        assertThat(label(robot, "#due")).isEqualTo("€7.02"); // 4.40 - 0.88 = 3.52, and 3.50

        // 5.00 by card, the rest in cash from a 10 note
        robot.clickOn("#tendered").write("5");
        robot.clickOn("#pay-card");
        assertThat(label(robot, "#remaining")).isEqualTo("Still to pay €2.02");
        robot.clickOn("#note-1000");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#receipt")).isEqualTo("Paid €7.02 · change €7.98");
        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.payments()).extracting(p -> p.method().name() + " " + p.amountMinor() + "/"
                + p.tenderedMinor()).containsExactly("CARD 500/500", "CASH 202/1000");
        assertThat(stored.lines().get(0).modifiers()).extracting(m -> m.option()).containsExactly("Large", "Oat");
        assertThat(stored.lines().get(0).discount().percent().value()).isEqualTo(2000);
        assertThat(stored.cashierId()).isEqualTo(journal.cashiers().stream()
                .filter(c -> c.name().equals("Anna")).findFirst().orElseThrow().cashierId());
        String paper = label(robot, "#receipt-text");
        assertThat(paper).contains("Receipt 000001", "Cashier Anna", "+ Size: Large", "Discount", "TOTAL EUR",
                "VAT 9 % of 7.02", "Change");
        assertThat(robot.lookup("#receipt-qr").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
        assertThat(label(robot, "#print-status")).isEqualTo("Receipt 000001 is saved; no printer is set up on this till");
        screenshot(robot, Path.of("target", "sale-screen-split-paid.png"));
    }

    @Test
    void enrollsARefundsAndClosesTheShiftThroughTheScreens(FxRobot robot) throws Exception {
        logInAndOpenTheShift(robot);
        startEnrollingJoostWithACroissant(robot);
        screenshot(robot, Path.of("target", "sale-screen-enrollment.png"));
        robot.clickOn("#enroll");
        assertThat(label(robot, "#customer-status")).startsWith("New: Joost");
        robot.clickOn("#pay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#receipt")).contains("Joost earned 15 points · balance 15");

        // the croissant goes back: from the shift's list, everything, cash, Maria's PIN
        robot.clickOn("#shift");
        robot.interact(() -> robot.lookup("#shift-sales").queryListView().getSelectionModel().select(0));
        robot.clickOn("#shift-refund");
        robot.clickOn("#refund-everything");
        robot.clickOn("#refund-cash");
        robot.clickOn("#refund-manager-pin").write("1234");
        robot.clickOn("#refund-go");
        assertThat(label(robot, "#refund-message")).isEqualTo("That is not a manager's PIN");
        assertThat(robot.lookup("#refund-message").query().getStyleClass()).as("red, as other screens' errors")
                .contains("error");
        // Enter in the PIN field is the Refund button
        robot.clickOn("#refund-manager-pin").write("9999").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(label(robot, "#refund-message")).isEqualTo("Refunded €2.90 (Cash)");
        assertThat(robot.lookup("#refund-message").query().getStyleClass()).doesNotContain("error");
        screenshot(robot, Path.of("target", "refund-screen.png"));
        assertThat(journal.refunds().ofSale(journal.saleNumbered(1).orElseThrow().record().saleId())).hasSize(1);

        robot.clickOn("#refund-back");
        robot.clickOn("#shift");
        robot.clickOn("#x-report");
        assertThat(label(robot, "#shift-report")).contains("X REPORT", "Cash expected", "100.00");
        robot.clickOn("#counted-cash").write("99.50");
        robot.clickOn("#close-shift");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journal.shifts().current()).as("the first press asks, with the figures").isPresent();
        robot.clickOn("#close-shift");
        WaitForAsyncUtils.waitForFxEvents();
        // the Z report stays on screen until the cashier is done
        assertThat(label(robot, "#shift-report")).contains("Z REPORT", "Cash counted", "99.50", "Difference");
        screenshot(robot, Path.of("target", "shift-z-report.png"));
        robot.clickOn("#shift-done");
        assertThat(journal.shifts().current()).isEmpty();
        assertThat(journal.shifts().lastClosed().orElseThrow().countedCashMinor()).isEqualTo(99_50);
        assertThat(robot.lookup("#pin-ok").tryQuery()).isPresent();
        assertThat(journal.verifyChain().intact()).isTrue();
    }

    @Test
    void anEnrollmentOnASmallScreenEndsWithTheNewCustomerInView(FxRobot robot) throws Exception {
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(800);
                stage.setHeight(600);
            });
            enrollAfterASale(robot);
        } finally {
            // the next test's window is this stage again: as large as it was
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    private void enrollAfterASale(FxRobot robot) throws Exception {
        logInAndOpenTheShift(robot);
        ringUpTwoFlatWhitesAndACroissantForEvaWithHerPoints(robot);
        robot.clickOn("#pay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#receipt-text")).contains("Hello, Eva!");

        startEnrollingJoostWithACroissant(robot);
        javafx.scene.control.ScrollPane column = robot.lookup("#pay-scroll").queryAs(
                javafx.scene.control.ScrollPane.class);
        // the cashier scrolled down to the form's button: once enrolled, the new customer at the top is in view,
        // and Eva's receipt is not shown for Joost
        robot.interact(() -> column.setVvalue(column.getVmax()));
        robot.clickOn("#enroll");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#customer-status")).startsWith("New: Joost");
        assertThat(label(robot, "#receipt-text")).isEmpty();
        assertThat(column.getVvalue()).isEqualTo(column.getVmin());
    }

    @Test
    void aScannerBurstRingsUpTheProductAndNeverLandsInTheFieldWithFocus(FxRobot robot) throws Exception {
        logInAndOpenTheShift(robot);
        robot.clickOn("#tendered").write("5");
        javafx.scene.control.TextField amount = robot.lookup("#tendered").queryAs(javafx.scene.control.TextField.class);
        // a keyboard-wedge scanner: the latte's barcode in one burst, then Enter
        robot.interact(() -> {
            javafx.scene.Node target = stage.getScene().getFocusOwner();
            for (char c : "8712345678906".toCharArray()) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), "", javafx.scene.input.KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", javafx.scene.input.KeyCode.ENTER, false, false, false, false));
        });

        assertThat(amount.getText()).isEqualTo("5");
        assertThat(robot.lookup("#modifiers").query().isVisible()).isTrue();
        robot.clickOn("#modifier-add");
        assertThat(robot.lookup("#cart").queryListView().getItems()).hasSize(1);
    }

    /** The same screens in Russian and in Dutch, saved for a person to look at (target/sale-screen-ru.png, -nl). */
    @Test
    void showsTheSaleScreenInRussianAndInDutch(FxRobot robot) throws Exception {
        TillOptions windowed = new TillOptions(false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        robot.interact(() -> new PosApp(TillFixture.context(journal, "ru"), windowed).start(stage));
        assertThat(robot.lookup("#logout").queryButton().getText()).isEqualTo("Выйти");
        logInAndOpenTheShift(robot);
        ringUpTwoFlatWhitesAndACroissantForEvaWithHerPoints(robot);
        assertThat(label(robot, "#customer-status")).isEqualTo("Eva · +31 6 12345678 · баллов: 250");
        assertThat(label(robot, "#earn")).isEqualTo("Начислится баллов: 40");
        screenshot(robot, Path.of("target", "sale-screen-ru.png"));
        robot.clickOn("#pay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#receipt")).startsWith("Оплачено 8,00");

        // the shift stays open: the Dutch cashier goes straight to the sale, and enrolls a new customer
        robot.interact(() -> new PosApp(TillFixture.context(journal, "nl"), windowed).start(stage));
        logIn(robot);
        startEnrollingJoostWithACroissant(robot);
        assertThat(label(robot, "#customer-status")).isEqualTo("+31 6 55551234 spaart nog niet mee: inschrijven?");
        assertThat(robot.lookup("#pay-card").queryButton().getText()).isEqualTo("Pin");
        screenshot(robot, Path.of("target", "sale-screen-nl.png"));
    }

    /** Eva pays 10.50 with her 250 points and hands over 10 (the cash is typed, not yet paid). */
    static void ringUpTwoFlatWhitesAndACroissantForEvaWithHerPoints(FxRobot robot) {
        robot.clickOn("#category-Coffee");
        robot.clickOn("#product-FLAT-WHITE");
        robot.clickOn("#product-FLAT-WHITE");
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#phone").write("06 1234 5678");
        robot.clickOn("#find-customer");
        robot.clickOn("#redeem");
        robot.clickOn("#tendered").write("10");
    }

    /** A croissant for a phone nobody has: Joost, who agrees to offers (not enrolled yet). */
    private static void startEnrollingJoostWithACroissant(FxRobot robot) {
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#phone").write("06 5555 1234");
        robot.clickOn("#find-customer");
        robot.clickOn("#enroll-name").write("Joost");
        robot.clickOn("#enroll-consent");
    }

    private static void logIn(FxRobot robot) {
        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
    }

    private void logInAndOpenTheShift(FxRobot robot) throws Exception {
        logIn(robot);
        robot.clickOn("#opening-cash").write("100");
        screenshot(robot, Path.of("target", "shift-open.png"));
        robot.clickOn("#open-shift");
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
