package dev.regulars.pos.ui.display;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The customer-facing screen: big, calm, readable from across the counter. Controls and bindings only. */
public final class CustomerDisplayView {

    private final CustomerDisplayModel model;

    public CustomerDisplayView(CustomerDisplayModel model) {
        this.model = model;
    }

    public Parent build() {
        Label headline = label("display-headline", "display-headline");
        headline.textProperty().bind(model.headlineProperty());
        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("display-lines");
        lines.getStyleClass().add("display-lines");
        lines.setFocusTraversable(false);
        lines.setMouseTransparent(true);
        VBox.setVgrow(lines, Priority.ALWAYS);
        Label total = label("display-total", "display-total");
        total.textProperty().bind(model.totalProperty());
        Label points = label("display-points", "display-points");
        points.textProperty().bind(model.pointsProperty());
        points.setWrapText(true);
        ImageView qr = new ImageView();
        qr.setId("display-join-qr");
        model.joinUrlProperty().addListener((obs, was, url) -> qr.setImage(url == null ? null : dev.regulars.pos.ui.QrImage.of(url, 8)));
        qr.setImage(model.joinUrlProperty().get() == null ? null : dev.regulars.pos.ui.QrImage.of(model.joinUrlProperty().get(), 8));
        VBox side = new VBox(16, points, qr);
        side.setAlignment(Pos.TOP_CENTER);
        side.setPrefWidth(420);
        VBox main = new VBox(16, headline, lines, total);
        HBox.setHgrow(main, Priority.ALWAYS);
        HBox screen = new HBox(32, main, side);
        screen.setPadding(new Insets(32));
        screen.getStyleClass().add("customer-display");
        return screen;
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        return label;
    }
}
