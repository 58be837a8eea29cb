package dev.regulars.server.campaigns.web;

import dev.regulars.server.stores.ProgramVersions;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.TerminalRegistry;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the campaign editor needs of the business, read once when the editor opens rather than at every live
 * count: its currency, zone and phone region (of its first store), the program's tier names and its stores.
 */
record BusinessFacts(String businessId, Currency currency, ZoneId zone, String phoneRegion, Set<String> tiers,
                     List<CampaignChoices.Choice> stores) implements Serializable {

    static BusinessFacts of(String businessId, TerminalRegistry registry, ProgramVersions programs) {
        List<Store> stores = registry.storesOf(businessId);
        Store first = stores.stream().findFirst().orElseThrow(() -> new IllegalStateException("a business without"
                + " a store has no campaigns"));
        Set<String> tiers = new LinkedHashSet<>();
        programs.latest(businessId).ifPresent(rules -> rules.tiers().forEach(t -> tiers.add(t.name())));
        return new BusinessFacts(businessId, Currency.getInstance(first.currency()), registry.zoneOf(businessId),
                first.phoneRegion(), java.util.Collections.unmodifiableSet(tiers),
                stores.stream().map(s -> new CampaignChoices.Choice(s.id(), s.name())).toList());
    }

    Set<String> storeIds() {
        Set<String> ids = new LinkedHashSet<>();
        stores.forEach(s -> ids.add(s.value()));
        return ids;
    }
}
