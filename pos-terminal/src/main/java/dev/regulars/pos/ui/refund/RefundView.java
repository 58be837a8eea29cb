package dev.regulars.pos.ui.refund;

import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.ui.TillTexts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The refund screen. Controls and bindings to {@link RefundViewModel} only. */
public final class RefundView {

    private final RefundViewModel model;
    private final TillTexts words;

    public RefundView(RefundViewModel model) {
        this.model = model;
        this.words = model.words();
    }

    /** @param back to where the cashier came from */
    public Parent build(Runnable back) {
        TextField lookup = new TextField();
        lookup.setId("refund-lookup");
        lookup.setPromptText(words.say("refund.lookup"));
        lookup.textProperty().bindBidirectional(model.lookupProperty());
        dev.regulars.pos.ui.keypad.FloatingKeypad.attach(lookup, model.keypad(), model::lookupPad);
        Button find = new Button(words.say("refund.find"));
        find.setId("refund-find");
        find.setOnAction(e -> model.find());
        HBox.setHgrow(lookup, Priority.ALWAYS);

        ListView<RefundDesk.RefundableLine> lines = new ListView<>(model.lines());
        lines.setId("refund-lines");
        lines.setCellFactory(list -> new ListCell<>() {
            {
                // the cell is as wide as the list, and its words wrap there
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RefundDesk.RefundableLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label text = new Label(model.describe(line));
                text.setWrapText(true);
                text.setMinWidth(0);
                Button less = new Button("-");
                less.setId("refund-less-" + line.lineNo());
                less.setOnAction(e -> model.less(line.lineNo()));
                Button more = new Button("+");
                more.setId("refund-more-" + line.lineNo());
                more.setOnAction(e -> model.more(line.lineNo()));
                less.setMinWidth(Region.USE_PREF_SIZE);
                more.setMinWidth(Region.USE_PREF_SIZE);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                setText(null);
                HBox row = new HBox(10, text, less, more);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button everything = new Button(words.say("refund.everything"));
        everything.setId("refund-everything");
        everything.setOnAction(e -> model.everything());

        ToggleGroup how = new ToggleGroup();
        ToggleButton cash = new ToggleButton(words.say("pay.cash"));
        cash.setId("refund-cash");
        ToggleButton card = new ToggleButton(words.say("pay.card"));
        card.setId("refund-card");
        cash.setToggleGroup(how);
        card.setToggleGroup(how);
        cash.setOnAction(e -> model.methodProperty().set(PaymentMethod.CASH));
        card.setOnAction(e -> model.methodProperty().set(PaymentMethod.CARD));
        model.methodProperty().addListener((obs, was, now) -> {
            cash.setSelected(now == PaymentMethod.CASH);
            card.setSelected(now == PaymentMethod.CARD);
        });
        cash.setSelected(true);
        HBox methods = new HBox(8, cash, card);
        // a split-paid sale goes back as it was paid: no choice that would be ignored, and words that say so
        methods.visibleProperty().bind(model.splitPaidProperty().not());
        methods.managedProperty().bind(methods.visibleProperty());
        Label asPaid = new Label(words.say("refund.asPaid"));
        asPaid.setId("refund-as-paid");
        asPaid.setWrapText(true);
        asPaid.visibleProperty().bind(model.splitPaidProperty());
        asPaid.managedProperty().bind(asPaid.visibleProperty());

        PasswordField pin = new PasswordField();
        pin.setId("refund-manager-pin");
        pin.setPromptText(words.say("refund.managerPin"));
        pin.textProperty().bindBidirectional(model.managerPinProperty());
        dev.regulars.pos.ui.keypad.FloatingKeypad.attach(pin, model.keypad(), model::managerPinPad);
        Button go = new Button(words.say("refund.go"));
        go.setId("refund-go");
        go.getStyleClass().add("pay");
        go.setOnAction(e -> model.refund());
        go.disableProperty().bind(model.saleProperty().isNull());
        Label paidBack = new Label();
        paidBack.setId("refund-paid-back");
        paidBack.textProperty().bind(model.paidBackProperty());
        Label message = new Label();
        message.setId("refund-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        // what went wrong in the error style of the other screens; what was done in the plain one
        model.messageIsErrorProperty().addListener((obs, was, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        Button backButton = new Button(words.say("shift.back"));
        backButton.setId("refund-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(words.say("refund.title"));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        find.setMinWidth(Region.USE_PREF_SIZE);

        // the title on as many lines as it takes when the column is narrow (the pad beside it at 800 px): the list
        // gives way, never the title. A BorderPane, unlike an HBox, measures it at its wrapped width; the gap is the
        // title's own padding, as the BorderPane measures the title without the button's margins
        javafx.scene.layout.BorderPane heading = new javafx.scene.layout.BorderPane(title, null, backButton, null,
                null);
        title.setPadding(new Insets(0, 12, 0, 0));
        title.setMinHeight(Region.USE_PREF_SIZE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.layout.BorderPane.setAlignment(title, javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(12, heading, new HBox(8, lookup, find), lines, everything,
                methods, asPaid, paidBack, pin, go, message);
        box.setPadding(new Insets(16));
        box.setMaxWidth(860);
        // the screen is one column of fields from top to bottom: the pad comes beside it, never over a field
        Region pad = dev.regulars.pos.ui.keypad.FloatingKeypad.panel(model.keypad(), words);
        HBox screen = new HBox(8, box, pad);
        HBox.setHgrow(box, Priority.ALWAYS);
        screen.setAlignment(javafx.geometry.Pos.CENTER);
        HBox.setMargin(pad, new Insets(16, 16, 16, 0));
        return screen;
    }
}
