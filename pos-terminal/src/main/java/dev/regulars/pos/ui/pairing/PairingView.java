package dev.regulars.pos.ui.pairing;

import dev.regulars.pos.ui.TillTexts;
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

    /** An address, the same in every language. */
    private static final String EXAMPLE_URL = "http://192.168.1.10:8080";

    private final PairingViewModel model;
    private final TillTexts words;

    public PairingView(PairingViewModel model) {
        this.model = model;
        this.words = model.words();
    }

    public Parent build() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, new Label(words.say("pairing.server")),
                field("server-url", EXAMPLE_URL, model.serverUrlProperty()));
        form.addRow(1, new Label(words.say("pairing.code")),
                field("pairing-code", words.say("pairing.codePrompt"), model.codeProperty()));
        form.addRow(2, new Label(words.say("pairing.name")),
                field("terminal-name", words.say("pairing.defaultName"), model.terminalNameProperty()));
        Button pair = new Button(words.say("pairing.pair"));
        pair.setId("pair");
        pair.disableProperty().bind(model.busyProperty());
        pair.setOnAction(e -> model.pair());
        Label message = new Label();
        message.setId("pairing-message");
        message.textProperty().bind(model.messageProperty());
        Label title = new Label(words.say("pairing.title"));
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
