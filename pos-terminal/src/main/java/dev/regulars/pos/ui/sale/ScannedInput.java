package dev.regulars.pos.ui.sale;

import dev.regulars.core.identification.RotatingRedeemCode;
import dev.regulars.core.sync.IdentifyRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a scan from a typed phone number. A keyboard-wedge scanner types into the same field as the cashier: the
 * rotating code of a card page starts with RGR1:, a printed card or Wallet pass carries "RC" and its number.
 */
final class ScannedInput {

    private static final Pattern CARD = Pattern.compile("RC[-\\s]?([0-9A-Z]{4,30})", Pattern.CASE_INSENSITIVE);

    private ScannedInput() {
    }

    static Optional<IdentifyRequest> parse(String typed) {
        if (RotatingRedeemCode.parse(typed).isPresent()) {
            return Optional.of(new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, typed.strip()));
        }
        var card = CARD.matcher(typed.strip());
        if (card.matches()) {
            return Optional.of(new IdentifyRequest(IdentifyRequest.Method.CARD, card.group(1)));
        }
        return Optional.empty();
    }
}
