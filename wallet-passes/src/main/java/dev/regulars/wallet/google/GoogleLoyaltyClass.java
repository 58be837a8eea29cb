package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regulars.wallet.RgbColor;
import java.net.URI;
import java.util.Set;

/**
 * The loyalty program as Google Wallet knows it, shared by every card (Google Wallet API, resource LoyaltyClass).
 *
 * @param issuerId the issuer account's number
 * @param classSuffix the class's own part of its id
 * @param issuerName the business, shown on the card
 * @param programName the program, shown on the card
 * @param programLogo a public https URL of the logo image (Google fetches it), or {@code null} to send none (a test
 *     server without https: Google wants a logo on a published class)
 * @param reviewStatus {@code UNDER_REVIEW} to publish, or {@code DRAFT} while testing
 * @param background the card's colour
 */
public record GoogleLoyaltyClass(String issuerId, String classSuffix, String issuerName, String programName,
        URI programLogo, String reviewStatus, RgbColor background) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES = Set.of("UNDER_REVIEW", "DRAFT");

    /** @throws IllegalArgumentException when the id, a name, the logo URL or the status is not valid */
    public GoogleLoyaltyClass {
        WalletIds.of(issuerId, classSuffix);
        if (issuerName == null || issuerName.isBlank() || programName == null || programName.isBlank()) {
            throw new IllegalArgumentException("a loyalty class needs an issuer name and a program name");
        }
        if (programLogo != null && !"https".equals(programLogo.getScheme())) {
            throw new IllegalArgumentException("the program logo is a public https URL");
        }
        if (!STATUSES.contains(reviewStatus)) {
            throw new IllegalArgumentException("a class is sent as UNDER_REVIEW or DRAFT, not " + reviewStatus);
        }
    }

    /** {@code <issuerId>.<classSuffix>}. */
    public String id() {
        return WalletIds.of(issuerId, classSuffix);
    }

    /** The class as the API and the Save link take it. */
    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", id());
        json.put("issuerName", issuerName);
        json.put("programName", programName);
        if (programLogo != null) {
            ObjectNode logo = json.putObject("programLogo");
            logo.putObject("sourceUri").put("uri", programLogo.toString());
            logo.putObject("contentDescription").putObject("defaultValue")
                    .put("language", "en-US").put("value", programName);
        }
        json.put("reviewStatus", reviewStatus);
        json.put("hexBackgroundColor", background.toHex());
        return json;
    }
}
