package dev.regulars.core.campaigns;

/**
 * At most {@code messages} marketing messages per customer in any {@code days} days, across all campaigns (e.g. 1 in
 * 3 days). Zero messages: no cap.
 */
public record FrequencyCap(int messages, int days) {

    public static final FrequencyCap NONE = new FrequencyCap(0, 0);

    public FrequencyCap {
        if (messages < 0 || days < 0 || (messages > 0 && days == 0)) {
            throw new IllegalArgumentException("a frequency cap is a number of messages in a number of days");
        }
    }

    /** @param sentInWindow messages the customer got in the last {@code days} days */
    public boolean allowsAnother(int sentInWindow) {
        return messages == 0 || sentInWindow < messages;
    }
}
