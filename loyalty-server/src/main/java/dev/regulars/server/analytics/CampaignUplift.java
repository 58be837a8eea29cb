package dev.regulars.server.analytics;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.campaigns.MeasuredOutcome;
import java.time.Instant;

/**
 * A campaign's figures over the occurrences in view: what its treated and held-out customers did in the days after
 * each occurrence, as the campaigns context last measured it, pooled (the groups' sums add up: a customer of two
 * occurrences counts in each), and the uplift of the return rate as loyalty-core's {@link Uplift} works it out, the
 * same as the Campaigns page.
 *
 * @param sends       customers whose message was queued, over the occurrences
 * @param occurrences how many occurrences are in view (measured or not)
 * @param unmeasured  of them, how many have no measure yet (their groups are not in the sums)
 * @param measuredAt  the earliest measure of an occurrence whose window is still open (it will change); null when
 *                    every measure in the sums is final
 */
public record CampaignUplift(String campaignId, String name, String kind, int occurrences, long sends,
                             Uplift.Group treated, Uplift.Group heldOut, int unmeasured, Instant measuredAt) {

    /** Nothing yet: no occurrence, empty groups. */
    public static CampaignUplift of(String campaignId, String name, String kind) {
        Uplift.Group none = new Uplift.Group(0, 0, 0, 0, 0, 0);
        return new CampaignUplift(campaignId, name, kind, 0, 0, none, none, 0, null);
    }

    /** This with one more occurrence, measured for good: its sends and its groups' outcome added. */
    public CampaignUplift plus(long sendsOfRun, Uplift.Group treatedOfRun, Uplift.Group heldOutOfRun) {
        return new CampaignUplift(campaignId, name, kind, occurrences + 1, sends + sendsOfRun,
                add(treated, treatedOfRun), add(heldOut, heldOutOfRun), unmeasured, measuredAt);
    }

    /** This with one more occurrence as stored: its sends, and its groups once it has been measured. */
    public CampaignUplift plus(long sendsOfRun, MeasuredOutcome stored) {
        if (!stored.measured()) {
            return new CampaignUplift(campaignId, name, kind, occurrences + 1, sends + sendsOfRun, treated, heldOut,
                    unmeasured + 1, measuredAt);
        }
        CampaignUplift more = plus(sendsOfRun, stored.outcome().treated(), stored.outcome().heldOut());
        Instant open = stored.isFinal() || (measuredAt != null && measuredAt.isBefore(stored.measuredAt()))
                ? measuredAt : stored.measuredAt();
        return new CampaignUplift(campaignId, name, kind, more.occurrences, more.sends, more.treated, more.heldOut,
                unmeasured, open);
    }

    /** Every occurrence in view was measured after its window closed: the figures will not change. */
    public boolean isFinal() {
        return occurrences > 0 && unmeasured == 0 && measuredAt == null;
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
