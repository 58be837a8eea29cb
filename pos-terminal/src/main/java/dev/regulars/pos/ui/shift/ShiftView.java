package dev.regulars.pos.ui.shift;

import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.receipt.ReceiptJournal;
import dev.regulars.pos.ui.TillTexts;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The shift screens: opening (the drawer's cash) and the shift itself (X report, receipts to reprint or refund,
 * the close with the count). Controls and bindings only.
 */
public final class ShiftView {

    private final ShiftViewModel model;
    private final TillTexts words;

    public ShiftView(ShiftViewModel model) {
        this.model = model;
        this.words = model.words();
    }

    /** @param opened called once the shift is open */
    public Parent opening(Runnable opened) {
        TextField cash = new TextField();
        cash.setId("opening-cash");
        cash.setPromptText(words.say("shift.openingCash"));
        cash.textProperty().bindBidirectional(model.openingCashProperty());
        Button open = new Button(words.say("shift.open"));
        open.setId("open-shift");
        open.getStyleClass().add("pay");
        open.setOnAction(e -> {
            if (model.openShift()) {
                opened.run();
            }
        });
        cash.setOnAction(open.getOnAction());
        Label title = new Label(words.say("shift.openPrompt"));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        // a touch till has no keyboard: the amount on the pad too
        javafx.scene.layout.GridPane pad = dev.regulars.pos.ui.keypad.Keypad.of(
                dev.regulars.pos.ui.keypad.KeypadModel.amount(words.locale(), words.currency()), words, cash,
                open::fire);
        VBox box = new VBox(12, title, new Label(words.say("shift.openingCash")), cash, pad, open, reprintReport(),
                message());
        // room at 800 x 600 for a two-line title and a two-line question under the pad
        box.setPadding(new Insets(24, 40, 24, 40));
        box.setMaxWidth(640);
        return box;
    }

    /**
     * @param back    to the sale screen
     * @param refund  opens the refund screen for a receipt of the list
     * @param closed  after the Z report (the cashier is logged out)
     */
    public Parent shift(Runnable back, Consumer<JournalledSale> refund, Runnable closed) {
        ListView<ReceiptJournal.Entry> sales = new ListView<>(model.receipts());
        sales.setId("shift-sales");
        sales.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReceiptJournal.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : model.describe(entry));
            }
        });
        VBox.setVgrow(sales, Priority.ALWAYS);
        Button reprint = new Button(words.say("shift.reprint"));
        reprint.setId("shift-reprint");
        reprint.setOnAction(e -> {
            ReceiptJournal.Entry chosen = sales.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.reprint(chosen);
            }
        });
        Button refundButton = new Button(words.say("shift.refund"));
        refundButton.setId("shift-refund");
        refundButton.setOnAction(e -> {
            ReceiptJournal.Entry chosen = sales.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                // a refund's line refunds more of its sale
                refund.accept(chosen.sale());
            }
        });
        reprint.disableProperty().bind(sales.getSelectionModel().selectedItemProperty().isNull());
        refundButton.disableProperty().bind(sales.getSelectionModel().selectedItemProperty().isNull());
        Button drawer = new Button(words.say("shift.openDrawer"));
        drawer.setId("open-drawer");
        drawer.setOnAction(e -> model.openDrawer());
        Button x = new Button(words.say("shift.x"));
        x.setId("x-report");
        x.setOnAction(e -> model.xReport());
        TextField counted = new TextField();
        counted.setId("counted-cash");
        counted.setPromptText(words.say("shift.countedCash"));
        counted.textProperty().bindBidirectional(model.countedCashProperty());
        dev.regulars.pos.ui.keypad.FloatingKeypad.attach(counted, model.keypad(), model::countedCashPad);
        Button close = new Button(words.say("shift.close"));
        close.setId("close-shift");
        Button backButton = new Button(words.say("shift.back"));
        backButton.setId("shift-back");
        backButton.setOnAction(e -> back.run());
        // after the close the Z report stays on screen (a till without a printer shows it only here) until Done
        Button done = new Button(words.say("shift.done"));
        done.setId("shift-done");
        done.getStyleClass().add("pay");
        done.setVisible(false);
        done.setManaged(false);
        done.setOnAction(e -> closed.run());
        close.setOnAction(e -> {
            if (model.closeShift()) {
                for (javafx.scene.Node n : new javafx.scene.Node[] {backButton, x, drawer, counted, close}) {
                    n.setDisable(true);
                }
                done.setVisible(true);
                done.setManaged(true);
            }
        });
        Label report = new Label();
        report.setId("shift-report");
        report.getStyleClass().add("receipt-paper");
        report.textProperty().bind(model.reportProperty());
        report.visibleProperty().bind(model.reportProperty().isNotEmpty());
        // a report wider than the column scrolls sideways rather than lose its columns of figures
        report.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(10, new Label(words.say("shift.sales")), sales, new HBox(8, reprint, refundButton));
        Label countedLabel = new Label(words.say("shift.countedCash"));
        countedLabel.setWrapText(true);
        for (Button b : new Button[] {backButton, x, drawer, close, done}) {
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        Button reprintReport = reprintReport();
        reprintReport.setMaxWidth(Double.MAX_VALUE);
        VBox right = new VBox(10, backButton, x, drawer, countedLabel, counted, close, done, reprintReport, message(),
                report);
        right.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain");
        // the receipts and the close share the width: half each on any screen
        GridPane screen = new GridPane();
        screen.setHgap(16);
        screen.setPadding(new Insets(16));
        for (double share : new double[] {50, 50}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(share);
            screen.getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        screen.getRowConstraints().add(row);
        left.setMinWidth(0);
        scroll.setMinWidth(0);
        // the pad of the cash counted comes over the receipts, beside the field and the report
        screen.addRow(0, dev.regulars.pos.ui.keypad.FloatingKeypad.over(left, model.keypad(), words), scroll);
        return screen;
    }

    /** The last X or Z report on paper again (a Z that did not print is reprinted after the close too). */
    private Button reprintReport() {
        Button reprint = new Button(words.say("shift.reprintReport"));
        reprint.setId("reprint-report");
        reprint.setWrapText(true);
        reprint.disableProperty().bind(model.reportReprintableProperty().not());
        reprint.setOnAction(e -> model.reprintReport());
        return reprint;
    }

    private Label message() {
        Label message = new Label();
        message.setId("shift-message");
        message.getStyleClass().add("error");
        message.setWrapText(true);
        // a question to press again is read whole: its lines push the space below, never cut to "…"
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        return message;
    }
}
