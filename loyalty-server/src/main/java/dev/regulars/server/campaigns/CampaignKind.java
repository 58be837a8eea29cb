package dev.regulars.server.campaigns;

/** What a campaign is for, and so who its audience is. */
public enum CampaignKind {
    /** customers whose birthday is N days after the occurrence; a bonus with its own validity */
    BIRTHDAY("Birthday greeting"),
    /** customers with no visit for N days, or for more than k times their own usual interval */
    WINBACK("Win-back"),
    /** customers who rated a visit 1 to 3 stars in the last day: an apology, maybe a bonus */
    LOW_RATING("Low-rating follow-up"),
    /** every customer who agreed to hear from the business */
    BROADCAST("Broadcast");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    /** What the marketer reads: "Win-back". */
    public String label() {
        return label;
    }
}
