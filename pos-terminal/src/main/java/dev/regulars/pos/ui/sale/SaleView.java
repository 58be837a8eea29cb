package dev.regulars.pos.ui.sale;

import dev.regulars.pos.journal.Journal;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The sale screen: products left, the check in the middle, customer, points and payment right; the modifier
 * questions and the manager's PIN over it when they are asked. Only controls and bindings.
 */
public class SaleView {

    private final SaleViewModel model;
    private final Journal journal;

    public SaleView(SaleViewModel model, Journal journal) {
        this.model = model;
        this.journal = journal;
    }

    public Parent build() {
        BorderPane screen = new BorderPane();
        screen.getStyleClass().add("sale-screen");
        screen.setLeft(new ProductGridView(model, journal).build());
        screen.setCenter(new CheckView(model).build());
        screen.setRight(new javafx.scene.control.ScrollPane(new PayPanelView(model).build()));
        return new StackPane(screen, new ModifierDialogView(model).build(), new ManagerPinView(model).build());
    }
}
