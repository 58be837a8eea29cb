package dev.regulars.pos.sale;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.identification.RotatingRedeemCode;
import dev.regulars.core.sync.IdentifyRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a scan from a typed phone number. A keyboard-wedge scanner types into the same field as the cashier: the
 * rotating code of a card page starts with RGR1:, a printed card or Wallet pass carries "RC" and its number.
 */
public final class ScannedInput {

    private static final Pattern CARD = Pattern.compile("RC[-\\s]?([0-9A-Z]{4,30})", Pattern.CASE_INSENSITIVE);

    private ScannedInput() {
    }

    public static Optional<IdentifyRequest> parse(String typed) {
        if (RotatingRedeemCode.parse(typed).isPresent()) {
            return Optional.of(new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, typed.strip()));
        }
        var card = CARD.matcher(typed.strip());
        if (card.matches()) {
            return CardNumbers.normalize(card.group(1)).map(n -> new IdentifyRequest(IdentifyRequest.Method.CARD, n));
        }
        return Optional.empty();
    }

    /**
     * The card number in a scan of a printed card ("RC..."), or typed from its print; empty if it is none. "RC" in
     * front is always the scan's prefix: no card number starts with it.
     */
    public static Optional<String> cardNumber(String typed) {
        return CardNumbers.normalize(typed).map(n -> n.startsWith("RC") ? n.substring(2) : n)
                .flatMap(CardNumbers::normalize);
    }
}
