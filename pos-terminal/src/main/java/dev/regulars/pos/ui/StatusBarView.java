package dev.regulars.pos.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above every screen, in the cashier's language as the till speaks it when it is built: the store, who is
 * logged in, NFC and sync, and the buttons to the other screens. It is one line high whatever it says, so the screen
 * under it never moves under the cashier's finger: on a narrow screen its words end in "…" and show in full in a
 * tooltip; its buttons keep their whole words. Controls and bindings to {@link ShellViewModel} only.
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
        Label title = oneLine("store-title", model.titleProperty());
        Label cashier = oneLine("cashier-name", model.cashierProperty());
        Label sync = oneLine("sync-status", model.syncStatusProperty());
        sync.getTooltip().textProperty().bind(model.syncDetailsProperty());
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
        Label nfcState = oneLine("nfc-status", model.nfcProperty());
        nfcState.getTooltip().textProperty().bind(model.nfcDetailsProperty());
        HBox bar = new HBox(16, title, cashier, gap, nfcState, sync, pairAgain, shift, refund, logout, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        // one line, always: a height that followed the words would move every control below it
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    /**
     * A label that stays on one line and ends in "…" when the bar is narrow (never breaking a word); its whole
     * text shows in its tooltip (bound to {@code text} until a caller binds the tooltip to fuller details).
     */
    private static Label oneLine(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(false);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(60);
        label.textProperty().bind(text);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(text);
        label.setTooltip(whole);
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
