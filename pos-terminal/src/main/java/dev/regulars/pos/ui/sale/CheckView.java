package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.pos.ui.TillTexts;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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

        // the names give way (two lines) to the amounts, which are never cut; the total is always in view
        GridPane totals = new GridPane();
        totals.setHgap(12);
        totals.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        ColumnConstraints amounts = new ColumnConstraints();
        amounts.setHalignment(HPos.RIGHT);
        totals.getColumnConstraints().addAll(names, amounts);
        Label subtotal = bound("subtotal", sale.totals().subtotalProperty());
        subtotal.setMinWidth(Region.USE_PREF_SIZE);
        totals.addRow(0, name("check.subtotal"), subtotal);
        Label off = bound("discount", sale.totals().discountProperty());
        off.setWrapText(true);
        off.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        totals.addRow(1, name("check.discounts"), off);
        Label due = bound("due", sale.totals().dueProperty());
        due.getStyleClass().add("due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        totals.addRow(2, name("check.due"), due);
        Label earn = bound("earn", sale.totals().pointsProperty());
        earn.setWrapText(true);
        totals.add(earn, 0, 3, 2, 1);

        VBox box = new VBox(8, new Label(words.say("check.title")), lines, lineButtons, discounts, totals);
        box.getStyleClass().add("column");
        box.disableProperty().bind(sale.busyProperty());
        return box;
    }

    /** A name in the totals: it wraps rather than push its amount out of the column. */
    private Label name(String key) {
        Label name = new Label(words.say(key));
        name.setWrapText(true);
        name.setMinWidth(40);
        return name;
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
