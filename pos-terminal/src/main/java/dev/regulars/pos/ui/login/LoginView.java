package dev.regulars.pos.ui.login;

import dev.regulars.pos.ui.PinKeys;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** A PIN pad, worked by touch or by the keyboard ({@link PinKeys}). */
public class LoginView {

    private final LoginViewModel model;

    public LoginView(LoginViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label store = new Label();
        store.textProperty().bind(model.storeNameProperty());
        store.getStyleClass().add("title");
        Label dots = new Label();
        dots.setId("pin-dots");
        dots.textProperty().bind(Bindings.createStringBinding(
                () -> "●".repeat(model.pinProperty().get().length()), model.pinProperty()));
        GridPane pad = new GridPane();
        pad.setHgap(8);
        pad.setVgap(8);
        pad.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            pad.add(key(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button clear = new Button(model.words().say("login.clear"));
        clear.setId("pin-clear");
        clear.getStyleClass().add("pin-key");
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setOnAction(e -> model.clear());
        Button ok = new Button(model.words().say("login.ok"));
        ok.setId("pin-ok");
        ok.getStyleClass().add("pin-key");
        ok.setMaxWidth(Double.MAX_VALUE);
        ok.setOnAction(e -> model.login());
        pad.add(clear, 0, 3);
        pad.add(key(0), 1, 3);
        pad.add(ok, 2, 3);
        Label message = new Label();
        message.setId("login-message");
        message.getStyleClass().add("error");
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(16, store, new Label(model.words().say("login.pin")), dots, pad, message);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        // the keyboard's digits, Backspace and Enter work the pad too
        PinKeys.route(box, model::digit, model::backspace, model::login);
        return box;
    }

    private Button key(int digit) {
        Button key = new Button(Integer.toString(digit));
        key.setId("pin-" + digit);
        key.getStyleClass().add("pin-key");
        // the keys of a column are as wide as its widest ("Сброс")
        key.setMaxWidth(Double.MAX_VALUE);
        key.setOnAction(e -> model.digit(digit));
        return key;
    }
}
