package dev.regulars.pos.ui.sale;

import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.ui.TillTexts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The questions of a product with modifiers, over the sale screen while they are open. */
final class ModifierDialogView {

    private final SaleViewModel sale;
    private final TillTexts words;

    ModifierDialogView(SaleViewModel sale) {
        this.sale = sale;
        this.words = sale.words();
    }

    Parent build() {
        StackPane veil = new StackPane();
        veil.setId("modifiers");
        veil.getStyleClass().add("veil");
        veil.visibleProperty().bind(sale.grid().choosingProperty().isNotNull());
        sale.grid().choosingProperty().addListener((obs, was, choice) ->
                veil.getChildren().setAll(choice == null ? new VBox() : dialog(choice)));
        return veil;
    }

    private Parent dialog(ModifierChoice choice) {
        VBox box = new VBox(12);
        box.getStyleClass().add("dialog");
        box.setMaxWidth(720);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label();
        title.getStyleClass().add("title");
        title.textProperty().bind(choice.unitPriceProperty().asString().map(p ->
                choice.item().name() + " · " + words.money(choice.unitPriceProperty().get())));
        box.getChildren().add(title);
        for (int g = 0; g < choice.groups().size(); g++) {
            ModifierGroup group = choice.groups().get(g);
            String hint = group.multiple() ? words.say("modifiers.several")
                    : group.required() ? "" : words.say("modifiers.optional");
            FlowPane options = new FlowPane(8, 8);
            for (int o = 0; o < group.options().size(); o++) {
                ModifierOption option = group.options().get(o);
                int gi = g;
                int oi = o;
                ToggleButton button = new ToggleButton(option.name() + (option.priceDeltaMinor() == 0 ? ""
                        : (option.priceDeltaMinor() > 0 ? "  +" : "  −")
                        + words.money(Math.abs(option.priceDeltaMinor()))));
                button.setId("modifier-" + g + "-" + o);
                button.getStyleClass().add("modifier");
                button.setSelected(choice.isChosen(g, o));
                button.setOnAction(e -> {
                    choice.toggle(gi, oi);
                    options.getChildren().forEach(n -> ((ToggleButton) n).setSelected(
                            choice.isChosen(gi, options.getChildren().indexOf(n))));
                });
                options.getChildren().add(button);
            }
            box.getChildren().addAll(new Label(group.name() + (hint.isEmpty() ? "" : " (" + hint + ")")), options);
        }
        Label problem = new Label();
        problem.setId("modifier-problem");
        problem.getStyleClass().add("error");
        Button add = new Button(words.say("modifiers.add"));
        add.setId("modifier-add");
        add.getStyleClass().add("pay");
        // Enter adds, Escape cancels: a keyboard at the till works the dialog without a touch (the buttons show it)
        add.setDefaultButton(true);
        add.setOnAction(e -> {
            try {
                sale.grid().confirmChoice();
            } catch (KeyedRefusal refusal) {
                problem.setText(words.refusal(refusal));
            }
        });
        Button cancel = new Button(words.say("modifiers.cancel"));
        cancel.setId("modifier-cancel");
        cancel.setOnAction(e -> sale.grid().cancelChoice());
        cancel.setCancelButton(true);
        HBox buttons = new HBox(12, add, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(problem, buttons);
        box.setPadding(new Insets(20));
        // Enter adds and Escape cancels wherever the focus is in the dialog (a chosen option's button too, which
        // would take the Enter for itself); the dialog takes the focus from the product tile behind it
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Button target = e.getCode() == KeyCode.ENTER ? add : e.getCode() == KeyCode.ESCAPE ? cancel : null;
            if (target != null) {
                e.consume();
                target.fire();
            }
        });
        javafx.application.Platform.runLater(add::requestFocus);
        return box;
    }

}
