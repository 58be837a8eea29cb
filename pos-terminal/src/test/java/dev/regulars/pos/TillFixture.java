package dev.regulars.pos;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sync.TillSync;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A paired till's journal as the server's first sync would leave it: the demo café's rules (5 % back, points pay
 * up to 30 %), a small catalog, cashier Anna (PIN 1234) and Eva, a regular with 250 points and an NFC card
 * (04:A2:3F:7C); {@link #cafeJournal} adds the menu as the admin describes it.
 */
public final class TillFixture {

    public static final String PHONE_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    public static final UUID EVA = UUID.fromString("0a0a0a0a-0000-0000-0000-00000000e0a0");
    /** 5 % back, points pay up to 30 % of a check, 1 point = 1 cent: the basic program. */
    public static final ProgramRules RULES = ProgramRules.basic(1, BasisPoints.percent(5), BasisPoints.percent(30), 1);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    /** A latte that asks its size (required, one) and milk (optional, one), 9 % VAT, with a barcode. */
    public static final CatalogItem LATTE = new CatalogItem("LATTE", "Latte", "Coffee", 350,
            BasisPoints.percent(9), "8712345678906", null, List.of(
            new ModifierGroup("Size", true, false, List.of(new ModifierOption("Regular", 0),
                    new ModifierOption("Small", -30), new ModifierOption("Large", 50))),
            new ModifierGroup("Milk", false, false, List.of(new ModifierOption("Whole", 0),
                    new ModifierOption("Oat", 40)))), true, 3);
    /** The store's receipt details: a Dutch café whose rating links go to regulars.example. */
    public static final StoreDetails STORE = new StoreDetails("Canal Street", "Demo Café",
            "Prinsengracht 123\n1015 DV Amsterdam", "NL001234567B01", "en", "Europe/Amsterdam", "EUR", "NL",
            "https://regulars.example", "Thank you!");

    private TillFixture() {
    }

    public static Journal pairedJournal(Path dir) {
        Journal journal = Journal.open(dir.resolve("journal.db"));
        journal.saveIdentity(new TillIdentity("http://127.0.0.1:9", UUID.randomUUID(), "token", "Demo Café",
                "Canal Street", "EUR", "NL", "Europe/Amsterdam", PHONE_KEY));
        PhoneHmac hmac = PhoneHmac.fromBase64(PHONE_KEY);
        journal.applyChanges(new ChangesPage(10, false, RULES,
                List.of(new CustomerCacheRow(EVA, hmac.of(PhoneNumbers.normalize("+31 6 1234 5678", "NL")), "Eva",
                        250, "Member", false, List.of("04A23F7C"))),
                List.of(new CatalogItem("FLAT-WHITE", "Flat white", "Coffee", 380),
                        new CatalogItem("CROISSANT", "Croissant", "Bakery", 290)),
                List.of(new CashierRecord(UUID.randomUUID(), "Anna", PinHasher.hash("1234")))));
        return journal;
    }

    /**
     * The same till after the admin described its menu and store: categories with colours, a latte with size and
     * milk, manager Maria (PIN 9999), and the store's receipt details.
     */
    public static Journal cafeJournal(Path dir) {
        Journal journal = pairedJournal(dir);
        journal.applyChanges(new ChangesPage(11, false, null, List.of(), List.of(LATTE),
                List.of(new CashierRecord(UUID.randomUUID(), "Maria", PinHasher.hash("9999"), true, true)),
                List.of(new CatalogCategory("Coffee", "#8D6E63", 1, true),
                        new CatalogCategory("Bakery", "#F9A825", 2, true)),
                STORE));
        return journal;
    }

    public static TillContext context(Journal journal) {
        return context(journal, Locale.US);
    }

    /** The same till speaking another language to the cashier ("ru", "nl"). */
    public static TillContext context(Journal journal, String language) {
        return context(journal, Locale.forLanguageTag(language));
    }

    private static TillContext context(Journal journal, Locale locale) {
        return new TillContext(journal, new TillSync(journal), CLOCK, locale, Runnable::run, Runnable::run);
    }
}
