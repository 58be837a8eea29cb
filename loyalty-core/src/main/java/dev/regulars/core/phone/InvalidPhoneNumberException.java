package dev.regulars.core.phone;

import dev.regulars.core.words.KeyedRefusal;

/**
 * What the cashier or the API client typed is not a phone number; the message says why, in plain words, and the
 * key ("phone.tooShort", ...) which reason it is, for a program that words it in another language.
 */
public class InvalidPhoneNumberException extends KeyedRefusal {

    private static final long serialVersionUID = 1L;

    public InvalidPhoneNumberException(String message) {
        super(message, null);
    }

    /**
     * @param message the English words
     * @param key     names the reason ("phone.empty", "phone.tooShort", ...)
     * @param args    what the words name: the number as typed, the region
     */
    public InvalidPhoneNumberException(String message, String key, Object... args) {
        super(message, key, args);
    }
}
