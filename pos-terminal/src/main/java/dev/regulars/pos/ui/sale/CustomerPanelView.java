package dev.regulars.pos.ui.sale;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Are you with us?": the phone or card, who was found, and the one-screen enrollment. Controls and bindings. */
final class CustomerPanelView {

    private final SaleViewModel model;

    CustomerPanelView(SaleViewModel model) {
        this.model = model;
    }

    Parent build() {
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
        find.disableProperty().bind(model.busyProperty());
        Label status = CheckView.bound("customer-status", model.customerStatusProperty());
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
        return new VBox(8, new Label("Are you with us?"), new HBox(6, phone, find, clear), status, enrollment);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
