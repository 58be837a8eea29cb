package dev.regulars.pos.ui.sale;

import dev.regulars.pos.journal.Journal;
import javafx.scene.Parent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/**
 * The sale screen: products left, the check in the middle, customer, points and payment right; the modifier
 * questions and the manager's PIN over it when they are asked. The three columns share the window's width (so they
 * fit 800 px as well as 1920 px): the products scroll, the check's total and the pay buttons stay at the bottom of
 * their columns, always in view. Only controls and bindings.
 */
public class SaleView {

    /** The columns' shares of the width, in percent: products, check, payment. */
    private static final double[] SHARES = {40, 27, 33};

    private final SaleViewModel model;
    private final Journal journal;

    public SaleView(SaleViewModel model, Journal journal) {
        this.model = model;
        this.journal = journal;
    }

    public Parent build() {
        GridPane screen = new GridPane();
        screen.getStyleClass().add("sale-screen");
        // the pad of the phone, the amount and the discount comes over the products: never over the field typed
        // into, the check's total or Cash and Card
        Region products = dev.regulars.pos.ui.keypad.FloatingKeypad.over(new ProductGridView(model, journal).build(),
                model.keypads().pad(), model.words());
        Region[] columns = {products, new CheckView(model).build(),
                new PayPanelView(model).build()};
        for (int i = 0; i < columns.length; i++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(SHARES[i]);
            share.setFillWidth(true);
            screen.getColumnConstraints().add(share);
            columns[i].setMinWidth(0);
            columns[i].setMinHeight(0);
            screen.add(columns[i], i, 0);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        screen.getRowConstraints().add(row);
        return new StackPane(screen, new ModifierDialogView(model).build(), new ManagerPinView(model).build());
    }
}
