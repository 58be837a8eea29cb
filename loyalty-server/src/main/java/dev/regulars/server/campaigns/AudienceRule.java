package dev.regulars.server.campaigns;

/**
 * Who an occurrence of a campaign is for: its kind's audience narrowed by its segment.
 *
 * @param campaignId null for a campaign not saved yet (the editor's live count); a saved win-back campaign leaves
 *                   out customers it already treated or held out since their last visit
 */
public record AudienceRule(String businessId, String campaignId, CampaignKind kind, int daysBefore,
                           Integer lapsedDays, Integer intervalFactorBp, Segment segment) {
}
