package dev.regulars.pos.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.sync.WireJson;

/**
 * What a receipt shows besides the sale record, kept with the sale in the journal so that a reprint is the receipt
 * that was printed, even after the store's details or the customer's name changed.
 *
 * @param balanceAfter the customer's points after the sale as the till saw them; null when it could not tell
 */
public record ReceiptFacts(ReceiptStore store, String tillName, String cashierName, String customerName,
                           long welcomeBonus, Long balanceAfter) {

    public String toJson() {
        try {
            return WireJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt facts always serialize", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not receipt facts */
    public static ReceiptFacts fromJson(String json) {
        try {
            return WireJson.mapper().readValue(json, ReceiptFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the journal holds unreadable receipt facts", e);
        }
    }
}
