package dev.regulars.core.phone;

/** What the cashier or the API client typed is not a phone number; the message says why, in plain words. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    public InvalidPhoneNumberException(String message) {
        super(message);
    }
}
