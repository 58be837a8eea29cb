package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regulars.wallet.apple.PassTexts;

/**
 * One customer's card in Google Wallet (Google Wallet API, resource LoyaltyObject): state ACTIVE, the account,
 * the points balance and a QR code of the static card number (earn only, DESIGN.md section 4).
 *
 * @param issuerId the issuer account's number
 * @param objectSuffix the card's own part of its id (e.g. the serial number used for the Apple pass)
 * @param classId the id of its {@link GoogleLoyaltyClass}
 * @param accountId the card number, shown as the member id
 * @param accountName the customer's first name, shown on the card
 * @param points the balance, within Google's 32-bit {@code int}
 * @param pointsLabel the balance's label, e.g. "Points"
 * @param barcodeValue what the QR code holds
 * @param barcodeAltText the text under the QR code
 */
public record GoogleLoyaltyObject(String issuerId, String objectSuffix, String classId, String accountId,
        String accountName, long points, String pointsLabel, String barcodeValue, String barcodeAltText) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException when the ids are not valid or the balance does not fit an int */
    public GoogleLoyaltyObject {
        WalletIds.of(issuerId, objectSuffix);
        if (classId == null || !classId.startsWith(issuerId + ".")) {
            throw new IllegalArgumentException("the class " + classId + " is not the issuer's");
        }
        requireIntBalance(points);
        if (barcodeValue == null || barcodeValue.isEmpty()) {
            throw new IllegalArgumentException("a card needs its barcode value");
        }
    }

    /** {@code <issuerId>.<objectSuffix>}. */
    public String id() {
        return WalletIds.of(issuerId, objectSuffix);
    }

    /** The object as the API and the Save link take it. */
    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", id());
        json.put("classId", classId);
        json.put("state", "ACTIVE");
        json.put("accountId", accountId);
        json.put("accountName", accountName);
        json.set("loyaltyPoints", loyaltyPoints(points, pointsLabel));
        json.putObject("barcode").put("type", "QR_CODE").put("value", barcodeValue)
                .put("alternateText", barcodeAltText);
        return json;
    }

    /**
     * The body of a PATCH that changes only the balance. With {@code notify}, it asks Google to tell the phone
     * ({@code notifyPreference: NOTIFY_ON_UPDATE}, which Google honours for the balance up to three times per
     * pass in 24 hours and must be set on each request); without, the card changes silently.
     *
     * @throws IllegalArgumentException when the balance does not fit an int
     */
    public static ObjectNode balancePatch(long points, String pointsLabel, boolean notify) {
        ObjectNode json = JSON.createObjectNode();
        json.set("loyaltyPoints", loyaltyPoints(points, pointsLabel));
        if (notify) {
            json.put("notifyPreference", "NOTIFY_ON_UPDATE");
        }
        return json;
    }

    /**
     * The body of a PATCH that retires the card of a customer whose data was erased: state INACTIVE (Google Wallet
     * moves it among the expired passes and shows it greyed), the name blanked and the balance zero, so the card on
     * the phone no longer says whose it was or what they had. The barcode stays as Google holds it: a PATCH cannot
     * remove it, and the number it holds names nobody any more (the server forgets the card).
     */
    public static ObjectNode voidedPatch(String pointsLabel) {
        ObjectNode json = JSON.createObjectNode();
        json.put("state", "INACTIVE");
        json.put("accountName", "");
        json.set("loyaltyPoints", loyaltyPoints(0, pointsLabel));
        return json;
    }

    // the label goes with every change: a PATCH replaces loyaltyPoints as a whole
    private static ObjectNode loyaltyPoints(long points, String label) {
        requireIntBalance(points);
        ObjectNode json = JSON.createObjectNode();
        json.put("label", label);
        if (label.equals(PassTexts.ENGLISH.pointsLabel())) {
            // the standard label: Google shows the phone's language when it has it (LocalizedString), in the Apple
            // pass's words
            ObjectNode localized = json.putObject("localizedLabel");
            localized.putObject("defaultValue").put("language", "en").put("value", label);
            ArrayNode translated = localized.putArray("translatedValues");
            translated.addObject().put("language", "ru").put("value", PassTexts.RUSSIAN.pointsLabel());
            translated.addObject().put("language", "nl").put("value", PassTexts.DUTCH.pointsLabel());
        }
        json.putObject("balance").put("int", (int) points);
        return json;
    }

    private static void requireIntBalance(long points) {
        if (points < Integer.MIN_VALUE || points > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Google Wallet holds a balance as a 32-bit int, not " + points);
        }
    }
}
