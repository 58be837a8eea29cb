package dev.regulars.wallet.apple;

import dev.regulars.wallet.RgbColor;
import java.net.URI;

/**
 * What every card of a loyalty program shares: identifiers from the Apple developer account, the look and the
 * texts. The caller fills it from the server's settings.
 *
 * @param passTypeIdentifier the Pass Type ID, e.g. {@code pass.dev.regulars.card}; it must match the signing
 *     certificate's UID
 * @param teamIdentifier the Apple developer team id (ten characters), the certificate's OU
 * @param organizationName shown on the lock screen and in Mail
 * @param description for accessibility (VoiceOver), e.g. "Regulars loyalty card"
 * @param logoText beside the logo, or {@code null} for none
 * @param foreground colour of the field values
 * @param background colour of the card
 * @param label colour of the field labels
 * @param webServiceUrl base URL of the server's PassKit web service (https, or http for a phone with "Allow HTTP
 *     Services" on); Wallet adds {@code /v1/...}
 * @param localization the texts, one or more languages
 * @param images icon, logo and optional strip
 */
public record StoreCardDesign(String passTypeIdentifier, String teamIdentifier, String organizationName,
        String description, String logoText, RgbColor foreground, RgbColor background, RgbColor label,
        URI webServiceUrl, PassLocalization localization, PassImages images) {

    /** @throws IllegalArgumentException when an identifier or text is missing or the URL is not http(s) */
    public StoreCardDesign {
        if (passTypeIdentifier == null || !passTypeIdentifier.startsWith("pass.")) {
            throw new IllegalArgumentException("a Pass Type ID starts with pass., not " + passTypeIdentifier);
        }
        if (teamIdentifier == null || !teamIdentifier.matches("[A-Z0-9]{10}")) {
            throw new IllegalArgumentException("a team identifier is ten capitals and digits, not " + teamIdentifier);
        }
        if (organizationName == null || organizationName.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("a pass needs an organization name and a description");
        }
        String scheme = webServiceUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("the web service URL is https, not " + webServiceUrl);
        }
        if (foreground == null || background == null || label == null || localization == null || images == null) {
            throw new IllegalArgumentException("a pass needs its colours, texts and images");
        }
    }
}
