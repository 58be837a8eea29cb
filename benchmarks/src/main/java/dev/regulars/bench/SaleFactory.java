package dev.regulars.bench;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.CheckPricer;
import dev.regulars.core.pricing.CheckRequest;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Sales as a till would make them: two catalog items, a known customer, cash, priced with loyalty-core. */
final class SaleFactory {

    /** A seeded customer the sales are for. */
    record Regular(UUID id, String phone) {
    }

    private final CheckPricer pricer = new CheckPricer();
    private final ProgramRules rules;
    private final List<CatalogItem> catalog;
    private final List<Regular> regulars;
    private final Random random;

    SaleFactory(ProgramRules rules, List<CatalogItem> catalog, List<Regular> regulars, long seed) {
        this.rules = rules;
        this.catalog = catalog;
        this.regulars = regulars;
        this.random = new Random(seed);
    }

    List<SaleRecord> batch(int size) {
        List<SaleRecord> sales = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sales.add(sale());
        }
        return sales;
    }

    SaleRecord sale() {
        CatalogItem a = catalog.get(random.nextInt(catalog.size()));
        CatalogItem b = catalog.get(random.nextInt(catalog.size()));
        List<CheckLine> lines = a.sku().equals(b.sku())
                ? List.of(new CheckLine(a.sku(), a.name(), 2, a.priceMinor()))
                : List.of(new CheckLine(a.sku(), a.name(), 1, a.priceMinor()),
                        new CheckLine(b.sku(), b.name(), 1, b.priceMinor()));
        Regular regular = regulars.get(random.nextInt(regulars.size()));
        PricedCheck priced = pricer.price(new CheckRequest(lines, "Bronze", 0, 0, false), rules);
        return new SaleRecord(UUID.randomUUID(), Instant.now(), rules.version(), "EUR",
                lines.stream().map(l -> new SaleLineRecord(l.sku(), l.name(), l.quantity(), l.unitPriceMinor()))
                        .toList(),
                List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CASH, priced.dueMinor(), priced.dueMinor())),
                new CustomerIdentification(regular.phone(), regular.id()), null, 0,
                new SaleRecord.TillFigures(priced.subtotalMinor(), 0, 0, priced.dueMinor(), priced.pointsEarned()));
    }
}
