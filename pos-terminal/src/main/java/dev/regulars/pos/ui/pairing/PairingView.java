package dev.regulars.pos.ui.pairing;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Connects a new till to the server. */
public class PairingView {

    private final PairingViewModel model;

    public PairingView(PairingViewModel model) {
        this.model = model;
    }

    public Parent build() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, new Label("Server"), field("server-url", "http://192.168.1.10:8080", model.serverUrlProperty()));
        form.addRow(1, new Label("Pairing code"), field("pairing-code", "from the admin", model.codeProperty()));
        form.addRow(2, new Label("This till's name"), field("terminal-name", "Till 1", model.terminalNameProperty()));
        Button pair = new Button("Pair this till");
        pair.setId("pair");
        pair.disableProperty().bind(model.busyProperty());
        pair.setOnAction(e -> model.pair());
        Label message = new Label();
        message.setId("pairing-message");
        message.textProperty().bind(model.messageProperty());
        Label title = new Label("Connect this till to Regulars");
        title.getStyleClass().add("title");
        VBox box = new VBox(16, title, form, pair, message);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
