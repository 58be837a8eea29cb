package dev.regulars.server.analytics;

import dev.regulars.core.campaigns.Uplift;

/**
 * A campaign's figures over the occurrences in view: what its treated and held-out customers did in the days after
 * each occurrence, pooled (the groups' sums add up: a customer of two occurrences counts in each), and the uplift
 * of the return rate as loyalty-core's {@link Uplift} works it out, the same as the Campaigns page.
 *
 * @param sends       customers whose message was queued, over the occurrences
 * @param occurrences how many occurrences are pooled
 */
public record CampaignUplift(String campaignId, String name, String kind, int occurrences, long sends,
                             Uplift.Group treated, Uplift.Group heldOut) {

    /** Nothing yet: no occurrence, empty groups. */
    public static CampaignUplift of(String campaignId, String name, String kind) {
        Uplift.Group none = new Uplift.Group(0, 0, 0, 0, 0, 0);
        return new CampaignUplift(campaignId, name, kind, 0, 0, none, none);
    }

    /** This with one more occurrence: its sends and its groups' outcome added. */
    public CampaignUplift plus(long sendsOfRun, Uplift.Group treatedOfRun, Uplift.Group heldOutOfRun) {
        return new CampaignUplift(campaignId, name, kind, occurrences + 1, sends + sendsOfRun,
                add(treated, treatedOfRun), add(heldOut, heldOutOfRun));
    }

    /** Treated customers who came back at least once within the window. */
    public long returned() {
        return treated.returned();
    }

    /** What the treated customers paid within the window, minor units. */
    public long revenueMinor() {
        return treated.revenueMinor();
    }

    /** The return rate's difference, treated minus held out (0..1), with its 95 % interval; null without a holdout. */
    public Uplift.Difference uplift() {
        return heldOut.customers() == 0 || treated.customers() == 0 ? null : Uplift.returnRate(treated, heldOut);
    }

    private static Uplift.Group add(Uplift.Group a, Uplift.Group b) {
        return new Uplift.Group(a.customers() + b.customers(), a.returned() + b.returned(), a.visits() + b.visits(),
                a.visitsSquared() + b.visitsSquared(), a.revenueMinor() + b.revenueMinor(),
                a.revenueSquared() + b.revenueSquared());
    }
}
