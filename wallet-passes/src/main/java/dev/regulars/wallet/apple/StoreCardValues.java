package dev.regulars.wallet.apple;

import java.nio.charset.StandardCharsets;

/**
 * What one customer's card shows; a new pass is built with new values whenever they change.
 *
 * @param serialNumber the pass's serial number, unique within the Pass Type ID and never changed
 * @param cardNumber the static card number in the QR code (earn only, DESIGN.md section 4); ISO-8859-1 text
 * @param memberName the customer's first name, or {@code null} to leave the field out
 * @param points the balance, in points
 * @param tier the tier's name, e.g. "Gold"
 * @param authenticationToken the secret Wallet sends back as {@code Authorization: ApplePass <token>}; at least
 *     16 characters (PassKit Package Format Reference) of printable ASCII
 * @param news the latest message to the member, shown on the back of the card with a change message of its own
 *     (so a pushed update shows it on the lock screen), or {@code null} for none; at most {@value #NEWS_MAX}
 *     characters
 */
public record StoreCardValues(String serialNumber, String cardNumber, String memberName, long points, String tier,
        String authenticationToken, String news) {

    /** The longest news text, in characters: a lock screen shows a few lines of it. */
    public static final int NEWS_MAX = 500;

    /** Values without news. */
    public StoreCardValues(String serialNumber, String cardNumber, String memberName, long points, String tier,
            String authenticationToken) {
        this(serialNumber, cardNumber, memberName, points, tier, authenticationToken, null);
    }

    /** @throws IllegalArgumentException when a value breaks the rule given with it */
    public StoreCardValues {
        if (serialNumber == null || serialNumber.isBlank()) {
            throw new IllegalArgumentException("a pass needs a serial number");
        }
        if (cardNumber == null || cardNumber.isEmpty()
                || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(cardNumber)) {
            throw new IllegalArgumentException("the card number must be ISO-8859-1 text");
        }
        if (tier == null || tier.isBlank()) {
            throw new IllegalArgumentException("a pass needs a tier");
        }
        if (authenticationToken == null || !authenticationToken.matches("[\\x21-\\x7e]{16,}")) {
            throw new IllegalArgumentException("the authentication token is at least 16 printable ASCII characters");
        }
        if (news != null && (news.isBlank() || news.length() > NEWS_MAX)) {
            throw new IllegalArgumentException("news is 1 to " + NEWS_MAX + " characters, or none");
        }
    }
}
