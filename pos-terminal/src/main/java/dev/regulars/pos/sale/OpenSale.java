package dev.regulars.pos.sale;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.WireJson;
import java.util.List;

/**
 * The check the cashier is ringing up, kept in the journal at every change so that a till that crashed, lost
 * power or was restarted comes back to it: the lines, the discount on the check and the payments already taken (a
 * card charged before the crash must not be charged again). The customer is found again after a restart.
 */
public record OpenSale(List<CheckLine> lines, Discount checkDiscount, List<Tender> tenders) {

    public OpenSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
        checkDiscount = checkDiscount == null ? Discount.NONE : checkDiscount;
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && tenders.isEmpty();
    }

    public String toJson() {
        try {
            return WireJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an open sale always serializes", e);
        }
    }

    /** The sale as kept; an unreadable one (a till of another version) is dropped rather than stopping the till. */
    public static OpenSale fromJson(String json) {
        try {
            return WireJson.mapper().readValue(json, OpenSale.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new OpenSale(List.of(), null, List.of());
        }
    }
}
