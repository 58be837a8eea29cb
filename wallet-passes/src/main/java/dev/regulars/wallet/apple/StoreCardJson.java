package dev.regulars.wallet.apple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes pass.json for a store card (PassKit Package Format Reference, "Pass" and "PassFields"): the balance as the
 * primary field, the member and tier as secondary fields, the card number as an auxiliary field, and the card
 * number as a QR code. The balance and tier carry change messages, so a pushed update names the new value on the
 * lock screen.
 */
final class StoreCardJson {

    /** Field keys; the PassKit web service and tests find the fields by them. */
    static final String BALANCE = "balance";
    static final String TIER = "tier";
    static final String MEMBER = "member";
    static final String CARD = "card";
    static final String NEWS = "news";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreCardJson() {
    }

    /** The pass.json bytes, UTF-8. */
    static byte[] write(StoreCardDesign design, StoreCardValues values) {
        PassTexts texts = design.localization().defaults();
        ObjectNode pass = header(design, values.serialNumber(), values.authenticationToken());
        ObjectNode card = pass.putObject("storeCard");
        ObjectNode balance = card.putArray("primaryFields").addObject()
                .put("key", BALANCE).put("label", texts.pointsLabel()).put("value", values.points())
                .put("changeMessage", design.localization().pointsChangeKey(values.points()));
        // Wallet then writes the number with the phone's digit grouping, in the field and in the change message.
        balance.put("numberStyle", "PKNumberStyleDecimal");
        ArrayNode secondary = card.putArray("secondaryFields");
        if (values.memberName() != null && !values.memberName().isBlank()) {
            secondary.addObject().put("key", MEMBER).put("label", texts.memberLabel()).put("value", values.memberName());
        }
        secondary.addObject().put("key", TIER).put("label", texts.tierLabel()).put("value", values.tier())
                .put("changeMessage", texts.tierChange());
        card.putArray("auxiliaryFields").addObject()
                .put("key", CARD).put("label", texts.cardLabel()).put("value", values.cardNumber());
        if (values.news() != null) {
            // "%@" alone: the lock screen shows the news itself when a pushed update changes it
            card.putArray("backFields").addObject()
                    .put("key", NEWS).put("label", texts.newsLabel()).put("value", values.news())
                    .put("changeMessage", "%@");
        }

        pass.putArray("barcodes").addObject()
                .put("format", "PKBarcodeFormatQR")
                .put("message", values.cardNumber())
                .put("messageEncoding", "iso-8859-1")
                .put("altText", values.cardNumber());
        return bytes(pass);
    }

    /** pass.json of a voided card: the design and identifiers only, no fields and no barcode. */
    static byte[] writeVoided(StoreCardDesign design, String serialNumber, String authenticationToken) {
        ObjectNode pass = header(design, serialNumber, authenticationToken);
        pass.put("voided", true);
        pass.putObject("storeCard");
        return bytes(pass);
    }

    private static ObjectNode header(StoreCardDesign design, String serialNumber, String authenticationToken) {
        ObjectNode pass = JSON.createObjectNode();
        pass.put("formatVersion", 1);
        pass.put("passTypeIdentifier", design.passTypeIdentifier());
        pass.put("serialNumber", serialNumber);
        pass.put("teamIdentifier", design.teamIdentifier());
        pass.put("organizationName", design.organizationName());
        pass.put("description", design.description());
        if (design.logoText() != null) {
            pass.put("logoText", design.logoText());
        }
        pass.put("foregroundColor", design.foreground().toCss());
        pass.put("backgroundColor", design.background().toCss());
        pass.put("labelColor", design.label().toCss());
        pass.put("webServiceURL", design.webServiceUrl().toString());
        pass.put("authenticationToken", authenticationToken);
        return pass;
    }

    private static byte[] bytes(ObjectNode pass) {
        try {
            return JSON.writeValueAsBytes(pass);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pass.json of plain values cannot fail", e);
        }
    }
}
