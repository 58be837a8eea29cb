package dev.regulars.pos.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above every screen, in the cashier's language as the till speaks it when it is built: the store, who is
 * logged in, NFC and sync, and the buttons to the other screens. On a narrow screen its words take two lines; its
 * buttons keep their whole words. Controls and bindings to {@link ShellViewModel} only.
 */
final class StatusBarView {

    /** What the bar's buttons do. */
    record Actions(Runnable pairAgain, Runnable logout, Runnable shift, Runnable refund, Runnable close) {
    }

    private final ShellViewModel model;
    private final boolean kiosk;

    /** @param kiosk whether the till is full screen: only then has it a Close button (a window has its own) */
    StatusBarView(ShellViewModel model, boolean kiosk) {
        this.model = model;
        this.kiosk = kiosk;
    }

    Parent build(Actions actions) {
        TillTexts words = model.words();
        Label title = wrapping(null);
        title.textProperty().bind(model.titleProperty());
        Label cashier = wrapping("cashier-name");
        cashier.textProperty().bind(model.cashierProperty());
        Label sync = wrapping("sync-status");
        sync.textProperty().bind(model.syncStatusProperty());
        Button pairAgain = button("pair-again", words.say("bar.pairAgain"), actions.pairAgain());
        pairAgain.visibleProperty().bind(model.pairAgainProperty());
        pairAgain.managedProperty().bind(model.pairAgainProperty());
        Button logout = button("logout", words.say("bar.logout"), actions.logout());
        Button shift = button("shift", words.say("bar.shift"), actions.shift());
        Button refund = button("refund", words.say("bar.refund"), actions.refund());
        for (Button b : new Button[] {logout, shift, refund}) {
            b.visibleProperty().bind(model.cashierProperty().isNotEmpty());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = button("close-till", words.say("bar.close"), actions.close());
        close.setVisible(kiosk);
        close.setManaged(kiosk);
        Label nfcState = wrapping("nfc-status");
        nfcState.textProperty().bind(model.nfcProperty());
        Tooltip nfcDetails = new Tooltip();
        nfcDetails.textProperty().bind(model.nfcDetailsProperty());
        nfcState.setTooltip(nfcDetails);
        HBox bar = new HBox(16, title, cashier, gap, nfcState, sync, pairAgain, shift, refund, logout, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** A label that takes two lines rather than cut its words when the bar is narrow. */
    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinWidth(60);
        return label;
    }

    /** A button whose words are never cut: the labels give way first. */
    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
