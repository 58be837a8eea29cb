package dev.regulars.server.campaigns;

/** What a campaign is for, and so who its audience is. */
public enum CampaignKind {
    /** customers whose birthday is N days after the occurrence; a bonus with its own validity */
    BIRTHDAY,
    /** customers with no visit for N days, or for more than k times their own usual interval */
    WINBACK,
    /** customers who rated a visit 1 to 3 stars since the last occurrence: an apology, maybe a bonus */
    LOW_RATING,
    /** every customer who agreed to hear from the business */
    BROADCAST
}
