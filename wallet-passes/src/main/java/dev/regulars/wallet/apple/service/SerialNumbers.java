package dev.regulars.wallet.apple.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The answer to "get the serial numbers of passes updated since a tag" (Apple, "Get the List of Updatable
 * Passes", object SerialNumbers): {@code {"serialNumbers": [...], "lastUpdated": "<tag>"}}. Wallet keeps
 * {@code lastUpdated} and sends it back as {@code passesUpdatedSince} next time.
 *
 * @param serialNumbers the passes changed since the tag; never empty (no change is a 204 with no body)
 * @param lastUpdated the new tag
 */
public record SerialNumbers(List<String> serialNumbers, String lastUpdated) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException when there is no serial number or no tag */
    public SerialNumbers {
        serialNumbers = List.copyOf(serialNumbers);
        if (serialNumbers.isEmpty() || lastUpdated == null || lastUpdated.isEmpty()) {
            throw new IllegalArgumentException("an answer names at least one pass and a tag");
        }
    }

    /** The JSON body, UTF-8. */
    public byte[] toJson() {
        ObjectNode body = JSON.createObjectNode();
        serialNumbers.forEach(body.putArray("serialNumbers")::add);
        body.put("lastUpdated", lastUpdated);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings are JSON", e);
        }
    }
}
