package dev.regulars.pos.ui.sale;

import dev.regulars.core.sync.CatalogItem;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The sale screen: products left, the check in the middle, customer and payment right. Only controls and bindings. */
public class SaleView {

    private final SaleViewModel model;

    public SaleView(SaleViewModel model) {
        this.model = model;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("sale-screen");
        root.setLeft(products());
        root.setCenter(check());
        root.setRight(customerAndPayment());
        return root;
    }

    private Parent products() {
        TilePane tiles = new TilePane(8, 8);
        tiles.setPadding(new Insets(12));
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(170);
        tiles.setMinWidth(3 * 170 + 2 * 8 + 24);
        tiles.getStyleClass().add("products");
        for (CatalogItem item : model.catalog()) {
            Button button = new Button(item.name() + "\n" + model.money(item.priceMinor()));
            button.setId("product-" + item.sku());
            button.getStyleClass().add("product");
            button.setOnAction(e -> model.add(item));
            tiles.getChildren().add(button);
        }
        return tiles;
    }

    private Parent check() {
        ListView<String> lines = new ListView<>(model.cartLines());
        lines.setId("cart");
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button remove = new Button("Remove one");
        remove.setId("remove-line");
        remove.setOnAction(e -> model.removeLine(lines.getSelectionModel().getSelectedIndex()));

        GridPane totals = new GridPane();
        totals.setHgap(12);
        totals.setVgap(4);
        totals.addRow(0, new Label("Subtotal"), bound("subtotal", model.totals().subtotalProperty()));
        totals.addRow(1, new Label("Points"), bound("discount", model.totals().discountProperty()));
        Label due = bound("due", model.totals().dueProperty());
        due.getStyleClass().add("due");
        totals.addRow(2, new Label("To pay"), due);
        totals.addRow(3, new Label(""), bound("earn", model.totals().pointsProperty()));

        Label receipt = bound("receipt", model.receiptTextProperty());
        receipt.getStyleClass().add("receipt");
        receipt.setWrapText(true);
        VBox box = new VBox(8, new Label("Check"), lines, remove, totals, receipt);
        box.setPadding(new Insets(12));
        return box;
    }

    private Parent customerAndPayment() {
        TextField phone = new TextField();
        phone.setId("phone");
        phone.setPromptText("Customer's phone");
        phone.textProperty().bindBidirectional(model.phoneInputProperty());
        phone.setOnAction(e -> model.findCustomer());
        phone.setPrefColumnCount(11);
        Button find = new Button("Find");
        find.setId("find-customer");
        find.setOnAction(e -> model.findCustomer());
        Button clear = new Button("Clear");
        clear.setId("clear-customer");
        clear.setOnAction(e -> model.clearCustomer());
        find.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Label status = bound("customer-status", model.customerStatusProperty());
        status.setWrapText(true);

        EnrollmentForm form = model.enrollment();
        TextField firstName = field("enroll-name", "First name (optional)", form.firstNameProperty());
        TextField lastName = field("enroll-last-name", "Last name (optional)", form.lastNameProperty());
        CheckBox consent = new CheckBox("Agrees to receive offers");
        consent.setId("enroll-consent");
        consent.selectedProperty().bindBidirectional(form.consentProperty());
        TextField friendCode = field("enroll-referral", "Friend's code (optional)", form.referralCodeProperty());
        TextField birthday = field("enroll-birthday", "Birthday, day-month (optional)", form.birthdayProperty());
        TextField card = field("enroll-card", "Card handed over: scan or type (optional)", form.cardProperty());
        Button enroll = new Button("Enroll");
        enroll.setId("enroll");
        enroll.setOnAction(e -> model.enroll());
        VBox enrollment = new VBox(6, firstName, lastName, birthday, friendCode, card, consent, enroll);
        enrollment.visibleProperty().bind(model.enrollmentOpenProperty());
        enrollment.managedProperty().bind(model.enrollmentOpenProperty());

        CheckBox redeem = new CheckBox("Pay with points");
        redeem.setId("redeem");
        redeem.selectedProperty().bindBidirectional(model.redeemPointsProperty());
        redeem.disableProperty().bind(model.canRedeemProperty().not());

        TextField tendered = new TextField();
        tendered.setId("tendered");
        tendered.setPromptText("Cash given (empty = exact)");
        tendered.textProperty().bindBidirectional(model.tenderedInputProperty());
        Button pay = new Button("Pay cash");
        pay.setId("pay");
        pay.getStyleClass().add("pay");
        pay.setDefaultButton(false);
        pay.setOnAction(e -> model.payCash());
        pay.disableProperty().bind(model.busyProperty());
        find.disableProperty().bind(model.busyProperty());
        Label error = bound("error", model.errorMessageProperty());
        error.getStyleClass().add("error");
        error.setWrapText(true);

        VBox box = new VBox(10, new Label("Are you with us?"), new HBox(6, phone, find, clear), status, enrollment,
                redeem, tendered, pay, error);
        box.setPadding(new Insets(12));
        box.setPrefWidth(400);
        return box;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }
}
