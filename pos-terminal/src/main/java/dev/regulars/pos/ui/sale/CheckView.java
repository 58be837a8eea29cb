package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.pos.ui.TillTexts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The check: its lines, the buttons for the selected one, discounts and the totals. Controls and bindings only. */
final class CheckView {

    private final SaleViewModel sale;
    private final CheckModel check;
    private final TillTexts words;

    CheckView(SaleViewModel sale) {
        this.sale = sale;
        this.check = sale.check();
        this.words = sale.words();
    }

    Region build() {
        ListView<CheckLine> lines = new ListView<>(check.lines());
        lines.setId("cart");
        Label empty = new Label(words.say("check.empty"));
        empty.setWrapText(true);
        lines.setPlaceholder(empty);
        lines.setMinHeight(80);
        lines.setCellFactory(list -> new ListCell<>() {
            {
                // a long line takes two lines in a narrow column rather than lose its price
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(CheckLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                } else {
                    String details = sale.describe(line);
                    setText(sale.lineText(line) + (details.isEmpty() ? "" : "\n    " + details));
                }
            }
        });
        lines.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) ->
                check.selectedProperty().set(now.intValue()));
        check.selectedProperty().addListener((obs, was, now) -> {
            if (lines.getSelectionModel().getSelectedIndex() != now.intValue()) {
                lines.getSelectionModel().select(now.intValue());
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);

        HBox lineButtons = new HBox(6, button("line-plus", "check.plus", check::plusOne),
                button("line-minus", "check.minus", check::minusOne),
                button("line-delete", "check.delete", check::delete));
        lineButtons.getChildren().forEach(b -> {
            ((Button) b).setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        });
        TextField discount = new TextField();
        discount.setId("discount-input");
        discount.setPromptText(words.say("check.discountPrompt"));
        discount.setPrefColumnCount(7);
        discount.textProperty().bindBidirectional(check.discountInputProperty());
        dev.regulars.pos.ui.keypad.FloatingKeypad.attach(discount, sale.keypads().pad(), sale.keypads()::discount);
        discount.setMaxWidth(Double.MAX_VALUE);
        HBox discountButtons = new HBox(6, button("discount-line", "check.lineDiscount", check::discountLine),
                button("discount-check", "check.checkDiscount", check::discountCheck));
        // two lines rather than cut words: "Скидка на строку" and "Korting op de bon" are longer than "Line discount"
        discountButtons.getChildren().forEach(b -> {
            ((Button) b).setWrapText(true);
            ((Button) b).setMaxWidth(Double.MAX_VALUE);
            // half the width each, whatever their words: the longer one wraps
            ((Button) b).setPrefWidth(0);
            b.getStyleClass().add("two-lines");
            HBox.setHgrow(b, Priority.ALWAYS);
        });
        VBox discounts = new VBox(6, discount, discountButtons);

        // the names and the amounts are never cut
        Label subtotal = bound("subtotal", sale.totals().subtotalProperty());
        subtotal.setMinWidth(Region.USE_PREF_SIZE);
        Label off = bound("discount", sale.totals().discountProperty());
        off.setMinWidth(Region.USE_PREF_SIZE);
        // "−€2.50 (250 points)": beside its name where it fits, else on the line below
        javafx.scene.layout.FlowPane discountRow = new javafx.scene.layout.FlowPane(8, 2,
                new Label(words.say("check.discounts")), off);
        Label due = bound("due", sale.totals().dueProperty());
        due.getStyleClass().add("due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        Label earn = bound("earn", sale.totals().pointsProperty());
        earn.setWrapText(true);
        // its second line is taken from the check's lines above, never cut to "…" ("0 + 5 welcome points")
        earn.setMinHeight(Region.USE_PREF_SIZE);
        VBox totals = new VBox(4, row("check.subtotal", subtotal), discountRow,
                row("check.due", due), earn);

        VBox box = new VBox(8, new Label(words.say("check.title")), lines, lineButtons, discounts, totals);
        box.getStyleClass().add("column");
        box.disableProperty().bind(sale.busyProperty());
        return box;
    }

    /** A line of the totals: its name, whole, on the left and its amount on the right. */
    private HBox row(String key, Label amount) {
        Label name = new Label(words.say(key));
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, name, gap, amount);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(words.say(key));
        button.setId(id);
        button.getStyleClass().add("line-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }
}
