package dev.regulars.pos.ui.sale;

import dev.regulars.pos.ui.PinKeys;
import dev.regulars.pos.ui.TillTexts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Asks for a manager's PIN while something waits for approval (a discount above the till's limit). */
final class ManagerPinView {

    private final SaleViewModel sale;
    private final TillTexts words;

    ManagerPinView(SaleViewModel sale) {
        this.sale = sale;
        this.words = sale.words();
    }

    Parent build() {
        CheckModel check = sale.check();
        PasswordField pin = new PasswordField();
        pin.setId("manager-pin");
        Label reason = new Label();
        reason.setId("manager-reason");
        reason.setWrapText(true);
        check.approvalProperty().addListener((obs, was, now) -> pin.clear());
        reason.textProperty().bind(sale.approvalTextProperty());
        Label error = CheckView.bound("manager-error", sale.errorMessageProperty());
        error.getStyleClass().add("error");
        Button approve = new Button(words.say("manager.approve"));
        approve.setId("manager-approve");
        approve.getStyleClass().add("pay");
        approve.setOnAction(e -> {
            sale.errorMessageProperty().set("");
            check.approve(pin.getText());
            pin.clear();
        });
        pin.setOnAction(approve.getOnAction());
        Button cancel = new Button(words.say("modifiers.cancel"));
        cancel.setId("manager-cancel");
        cancel.setOnAction(e -> check.cancelApproval());
        Label title = new Label(words.say("manager.title"));
        title.getStyleClass().add("title");
        // a touch till has no keyboard: the PIN on the pad too
        javafx.scene.layout.GridPane pad = dev.regulars.pos.ui.keypad.Keypad.of(
                dev.regulars.pos.ui.keypad.KeypadModel.digits(words.locale()), words, pin, approve::fire);
        VBox box = new VBox(12, title, reason, pin, pad, error, new HBox(12, approve, cancel));
        box.getStyleClass().add("dialog");
        box.setPadding(new Insets(20));
        box.setMaxWidth(520);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane veil = new StackPane(box);
        veil.setId("manager");
        veil.getStyleClass().add("veil");
        veil.visibleProperty().bind(check.approvalProperty().isNotNull());
        // the keyboard's digits go to the PIN while the dialog is up; Enter approves
        PinKeys.into(veil, pin, () -> approve.fire());
        return veil;
    }
}
