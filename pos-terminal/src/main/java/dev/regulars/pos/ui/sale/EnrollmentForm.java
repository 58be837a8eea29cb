package dev.regulars.pos.ui.sale;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.names.PersonNames;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.referral.ReferralCodes;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.SaleRecordCheck;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.sale.CustomerAtTill;
import java.time.MonthDay;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The enrollment part of the sale screen: what the new customer tells the cashier. Only the phone (looked up
 * before) and the consent answer are needed; everything else is optional and checked here, with a message for the
 * cashier, before the customer is enrolled with the sale.
 */
public final class EnrollmentForm {

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final StringProperty referralCode = new SimpleStringProperty("");
    private final StringProperty birthday = new SimpleStringProperty("");
    private final StringProperty card = new SimpleStringProperty("");
    private String nfcUid;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private PhoneNumber phone;

    /** Opens the form, empty, for a phone nobody has. */
    void openFor(PhoneNumber unknownPhone) {
        phone = unknownPhone;
        clear();
        open.set(true);
    }

    /** Closes the form; {@code forget} drops the phone too (the cashier cleared the customer). */
    void close(boolean forget) {
        open.set(false);
        if (forget) {
            phone = null;
        }
    }

    /** The phone the form is for while it is open, else null. */
    PhoneNumber openPhone() {
        return open.get() ? phone : null;
    }

    BooleanProperty openProperty() {
        return open;
    }

    private void clear() {
        firstName.set("");
        lastName.set("");
        consent.set(false);
        referralCode.set("");
        birthday.set("");
        card.set("");
        nfcUid = null;
    }

    /**
     * The customer to enroll with the sale. Marketing consent is only what the customer explicitly said.
     *
     * @throws KeyedRefusal with words for the cashier when a field is not right
     */
    CustomerAtTill.Enrolling enrolling(java.util.function.Function<PhoneNumber, String> phoneHmac) {
        if (phone == null) {
            throw new KeyedRefusal("Find the customer's phone first", "enroll.phoneFirst");
        }
        String first = name(firstName.get(), "first", "enroll.firstNameTooLong");
        String last = name(lastName.get(), "last", "enroll.lastNameTooLong");
        String typedCode = stripped(referralCode.get());
        String code = null;
        if (!typedCode.isEmpty()) {
            code = ReferralCodes.normalize(typedCode).orElseThrow(() -> new KeyedRefusal(
                    "\"" + typedCode + "\" is not a friend's code (6 letters and digits)", "enroll.notAReferralCode",
                    typedCode));
        }
        MonthDay day = Birthdays.parse(birthday.get());
        return new CustomerAtTill.Enrolling(phone, phoneHmac.apply(phone), first, last, consent.get(), code, day,
                card());
    }

    /** An NFC card tapped on the reader while the enrollment is open: the card handed over. */
    public void nfcCard(String uid) {
        card.set(uid);
        nfcUid = CardNumbers.normalize(uid).orElse(null);
    }

    /**
     * A card number typed or scanned, in any form {@link CardNumbers#normalize} reads ("RC 0042 7788", "0042-7788"),
     * or the UID of the NFC card tapped (then linked as an NFC card).
     */
    private CardLink card() {
        String typed = stripped(card.get());
        if (typed.isEmpty()) {
            return null;
        }
        var number = CardNumbers.normalize(typed);
        if (number.isPresent() && number.get().equals(nfcUid)) {
            return new CardLink(CardLink.Kind.NFC, nfcUid);
        }
        return new CardLink(CardLink.Kind.PRINTED, number.orElseThrow(() -> {
            KeyedRefusal notACard = CardNumbers.notACard(typed);
            return new KeyedRefusal("Card: " + notACard.getMessage(), "enroll.notACard", notACard);
        }));
    }

    private static String name(String typed, String which, String tooLong) {
        String name = PersonNames.clean(typed);
        if (PersonNames.tooLong(name, SaleRecordCheck.MAX_NAME)) {
            throw new KeyedRefusal("A " + which + " name has at most " + SaleRecordCheck.MAX_NAME + " characters",
                    tooLong, SaleRecordCheck.MAX_NAME);
        }
        return PersonNames.isBlank(name) ? null : name;
    }

    private static String stripped(String typed) {
        return typed == null ? "" : typed.strip();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    public StringProperty referralCodeProperty() {
        return referralCode;
    }

    public StringProperty birthdayProperty() {
        return birthday;
    }

    public StringProperty cardProperty() {
        return card;
    }
}
