package dev.regulars.core.sync;

/**
 * A till asks the server who this is: by the phone typed, a static card number (printed card or Wallet pass
 * barcode), the rotating redeem code from the customer's phone page, or an NFC card's UID.
 */
public record IdentifyRequest(Method method, String value) {

    public enum Method { PHONE, CARD, ROTATING_CODE, NFC }
}
