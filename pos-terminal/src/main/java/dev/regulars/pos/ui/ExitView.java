package dev.regulars.pos.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Asks for a manager's PIN before the till closes. Controls and bindings to {@link ExitApproval} only. */
final class ExitView {

    private final ExitApproval model;
    private final TillTexts words;

    ExitView(ExitApproval model, TillTexts words) {
        this.model = model;
        this.words = words;
    }

    Parent build(Runnable cancel) {
        Label title = new Label(words.say("manager.prompt", words.say("manager.exit")));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        PasswordField pin = new PasswordField();
        pin.setId("exit-pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        Button approve = new Button(words.say("manager.approve"));
        approve.setId("exit-approve");
        approve.getStyleClass().add("pay");
        approve.setOnAction(e -> model.approve());
        pin.setOnAction(approve.getOnAction());
        Button back = new Button(words.say("modifiers.cancel"));
        back.setId("exit-cancel");
        back.setOnAction(e -> cancel.run());
        Label message = new Label();
        message.setId("exit-message");
        message.getStyleClass().add("error");
        message.textProperty().bind(model.messageProperty());
        // a touch till has no keyboard: the PIN on the pad too
        javafx.scene.layout.GridPane pad = dev.regulars.pos.ui.keypad.Keypad.of(
                dev.regulars.pos.ui.keypad.KeypadModel.digits(words.locale()), words, pin, model::approve);
        VBox box = new VBox(14, title, pin, pad, new HBox(12, approve, back), message);
        box.setPadding(new Insets(40));
        box.setMaxWidth(640);
        PinKeys.into(box, pin, model::approve);
        return box;
    }
}
