package dev.regulars.pos.ui.sale;

import dev.regulars.pos.ui.TillTexts;
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
    private final TillTexts words;

    CustomerPanelView(SaleViewModel model) {
        this.model = model;
        this.words = model.words();
    }

    Parent build() {
        TextField phone = new TextField();
        phone.setId("phone");
        phone.setPromptText(words.say("customer.phonePrompt"));
        phone.textProperty().bindBidirectional(model.phoneInputProperty());
        phone.setPrefColumnCount(11);
        // the phone reads formatted for the store's region as it is typed; a tap brings the pad, whose Enter (and
        // the keyboard's) finds the customer
        SaleKeypads pads = model.keypads();
        dev.regulars.pos.ui.keypad.Keypad.formatAsTyped(pads.phone().keys(), phone);
        dev.regulars.pos.ui.keypad.FloatingKeypad.attach(phone, pads.pad(), pads::phone);
        // the field gives way to the buttons in a narrow column; it still holds a phone number at 800 px
        phone.setMinWidth(70);
        HBox.setHgrow(phone, javafx.scene.layout.Priority.ALWAYS);
        Button find = new Button(words.say("customer.find"));
        find.setId("find-customer");
        find.setOnAction(e -> model.findCustomer());
        Button clear = new Button(words.say("customer.clear"));
        clear.setId("clear-customer");
        clear.setOnAction(e -> model.clearCustomer());
        find.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        find.disableProperty().bind(model.busyProperty());
        Label status = CheckView.bound("customer-status", model.customerStatusProperty());
        status.setWrapText(true);

        EnrollmentForm form = model.enrollment();
        TextField firstName = field("enroll-name", "enroll.firstName", form.firstNameProperty());
        TextField lastName = field("enroll-last-name", "enroll.lastName", form.lastNameProperty());
        CheckBox consent = new CheckBox(words.say("enroll.consent"));
        consent.setWrapText(true);
        consent.setId("enroll-consent");
        consent.selectedProperty().bindBidirectional(form.consentProperty());
        TextField friendCode = field("enroll-referral", "enroll.referralCode", form.referralCodeProperty());
        TextField birthday = field("enroll-birthday", "enroll.birthday", form.birthdayProperty());
        TextField card = field("enroll-card", "enroll.card", form.cardProperty());
        Button enroll = new Button(words.say("enroll.go"));
        enroll.setId("enroll");
        enroll.setOnAction(e -> model.enroll());
        VBox enrollment = new VBox(6, firstName, lastName, birthday, friendCode, card, consent, enroll);
        enrollment.visibleProperty().bind(model.enrollmentOpenProperty());
        enrollment.managedProperty().bind(model.enrollmentOpenProperty());
        Label question = new Label(words.say("customer.question"));
        // a narrow pay column (800 px wide, Russian) wraps the question rather than cut it
        question.setWrapText(true);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(8, question, new HBox(6, phone, find, clear), status, enrollment);
    }

    /** @param promptKey the words the empty field shows */
    private TextField field(String id, String promptKey, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(words.say(promptKey));
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
