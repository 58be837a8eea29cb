package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.pos.ui.TillTexts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

    Parent build() {
        ListView<CheckLine> lines = new ListView<>(check.lines());
        lines.setId("cart");
        lines.setPlaceholder(new Label(words.say("check.empty")));
        lines.setCellFactory(list -> new ListCell<>() {
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
            b.getStyleClass().add("two-lines");
            HBox.setHgrow(b, Priority.ALWAYS);
        });
        VBox discounts = new VBox(6, discount, discountButtons);

        GridPane totals = new GridPane();
        totals.setHgap(12);
        totals.setVgap(4);
        totals.addRow(0, new Label(words.say("check.subtotal")), bound("subtotal", sale.totals().subtotalProperty()));
        totals.addRow(1, new Label(words.say("check.discounts")), bound("discount", sale.totals().discountProperty()));
        Label due = bound("due", sale.totals().dueProperty());
        due.getStyleClass().add("due");
        totals.addRow(2, new Label(words.say("check.due")), due);
        totals.addRow(3, new Label(""), bound("earn", sale.totals().pointsProperty()));

        VBox box = new VBox(8, new Label(words.say("check.title")), lines, lineButtons, discounts, totals);
        box.setPadding(new Insets(12));
        box.disableProperty().bind(sale.busyProperty());
        return box;
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
