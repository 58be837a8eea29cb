package dev.regulars.pos.sale;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.identification.RotatingRedeemCode;
import java.util.Optional;

/**
 * Tells a scan from a typed phone number. A keyboard-wedge scanner types into the same field as the cashier: the
 * rotating code of a card page starts with RGR1:, a printed card or Wallet pass carries "RC" and its number (the
 * cashier may type it from the print too, with its spaces). Only {@link CardNumbers} knows how a card may be
 * written; this class decides what the till tries first.
 */
public final class ScannedInput {

    /** What the Find field holds. */
    public sealed interface Reading {
    }

    /** The rotating code from a customer's card page, as scanned: only the server can check it. */
    public record RotatingCode(String code) implements Reading {
    }

    /** A card written as printed ("RC" in front), by its normalized number: never a phone. */
    public record Card(String number) implements Reading {
    }

    /** Written as a printed card ("RC" in front) but no card number follows; the message is for the cashier. */
    public record NotACard(String message) implements Reading {
    }

    /**
     * Anything else: a phone number first. If it is not a valid phone, it may still be a card typed without its
     * "RC" ("0042 7788", an NFC UID "04:a2:3f:7c").
     *
     * @param typed      stripped
     * @param cardNumber the normalized card number it would be, or null when it cannot be one (too short, other
     *                   characters, or no digit at all: a name typed by mistake is not looked up as a card)
     */
    public record PhoneFirst(String typed, String cardNumber) implements Reading {
    }

    private ScannedInput() {
    }

    /** Reads what was typed or scanned; null reads as empty (a phone, which will be refused as one). */
    public static Reading read(String typed) {
        String input = typed == null ? "" : typed.strip();
        if (RotatingRedeemCode.parse(input).isPresent()) {
            return new RotatingCode(input);
        }
        if (CardNumbers.hasPrintedPrefix(input)) {
            return CardNumbers.normalize(input).<Reading>map(Card::new)
                    .orElseGet(() -> new NotACard(CardNumbers.notACardNumber(input)));
        }
        return new PhoneFirst(input, alsoACard(input).orElse(null));
    }

    private static Optional<String> alsoACard(String input) {
        return input.chars().anyMatch(Character::isDigit) ? CardNumbers.normalize(input) : Optional.empty();
    }

    /** An EAN-13 or EAN-8 with its check digit right (GS1): what product labels carry, and customers' codes do not. */
    public static boolean isProductBarcode(String code) {
        return (code.length() == 13 || code.length() == 8) && code.chars().allMatch(Character::isDigit)
                && dev.regulars.core.catalog.Barcodes.checkDigit(code.substring(0, code.length() - 1))
                == code.charAt(code.length() - 1) - '0';
    }
}
