package dev.regulars.server.stores;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import dev.regulars.server.catalog.DemoCatalog;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.tillstaff.DemoTillStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The demo café: one business with a store, a catalog, a cashier and a till manager (DemoTillStaff), a few regulars
 * with points, and a pairing code for the demo till. Created once into an empty database; the pairing code is re-issued at every start.
 */
@ApplicationScoped
public class DemoBusinessSeed {

    /**
     * 3 / 5 / 7 % back from 0, 200 and 500 euros spent in 12 months; points (1 cent each) pay up to 30 % of a
     * check; 50 welcome points; points expire after 12 months; a friend's first purchase gets 20 % off (at most
     * 3 euros) and the inviter 100 points 14 days later, at most 3 friends a day and 10 a month; 100 birthday
     * points, valid 14 days.
     */
    public static final ProgramRules DEMO_RULES = new ProgramRules(1,
            List.of(new Tier("Bronze", 0, BasisPoints.percent(3)),
                    new Tier("Silver", 200_00, BasisPoints.percent(5)),
                    new Tier("Gold", 500_00, BasisPoints.percent(7))),
            1, BasisPoints.percent(30), 0, 0, 50, 12,
            new ReferralRules(Discount.percent(BasisPoints.percent(20), 300), 100, 14, 3, 10),
            new BirthdayBonus(100, 14));
    public static final String OWNER_EMAIL = "owner@demo.regulars.dev";
    public static final String OWNER_PASSWORD = "regulars-demo";
    /** The demo's marketer (campaigns) and manager (tills, points, call backs); the owner's password. */
    public static final String MARKETER_EMAIL = "marketer@demo.regulars.dev";
    public static final String MANAGER_EMAIL = "manager@demo.regulars.dev";
    /** What the demo store's receipts print: in English, so everyone trying the demo reads them. */
    public static final ReceiptDetails DEMO_RECEIPT = new ReceiptDetails("Prinsengracht 112\n1015 EA Amsterdam",
            "NL003456789B01", "en", "Thank you, and see you soon!");

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Ledger ledger;
    @Inject
    private dev.regulars.server.customers.CustomerDirectory customers;
    @Inject
    private Clock clock;
    @Inject
    private StaffDirectory staff;
    @Inject
    private DemoCatalog catalog;
    @Inject
    private DemoTillStaff tillStaff;

    @Transactional
    public void seed(String pairingCode) {
        // two nodes starting at once on an empty database would each make a café: the second waits here until
        // the first has committed, then finds it (a row every migrated schema has, locked to the end of the seed)
        em.createNativeQuery("SELECT installed_rank FROM flyway_schema_history WHERE installed_rank = 1 FOR UPDATE")
                .getResultList();
        Instant now = clock.instant();
        Store store = em.createQuery("SELECT s FROM Store s ORDER BY s.createdAt", Store.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> createCafe(now));
        // the menu and the receipt's details, also for a demo database made before they existed
        catalog.fill(store.business().id());
        tillStaff.fill(store.business().id(), store.id());
        if (store.receipt().address() == null && store.receipt().vatId() == null) {
            store.change(store.name(), ZoneId.of(store.zoneId()), store.callbackSlaHours(), DEMO_RECEIPT,
                    changes.next(store.business().id()));
        }
        String codeHash = Secrets.sha256Hex(TerminalRegistry.normalizeCode(pairingCode));
        PairingCode code = em.find(PairingCode.class, codeHash);
        if (code == null) {
            em.persist(new PairingCode(codeHash, store, now, now.plus(Duration.ofDays(1)), null));
        } else if (code.isUsed() && !code.isUsable(now)) {
            // the demo till keeps its token; a re-issued code lets a fresh till (or a wiped one) pair again
            code.reissue(now.plus(Duration.ofDays(1)));
        }
        String[][] people = {{OWNER_EMAIL, "Olga (owner)", "OWNER"}, {MARKETER_EMAIL, "Mara (marketer)", "MARKETER"},
                {MANAGER_EMAIL, "Milan (manager)", "MANAGER"}};
        for (String[] person : people) {
            if (staff.byEmail(person[0]).isEmpty()) {
                em.persist(new StaffUser(store.business().id(), person[0], person[1], staff.hash(OWNER_PASSWORD),
                        StaffRole.valueOf(person[2]), now));
            }
        }
    }

    private Store createCafe(Instant now) {
        Business business = new Business("Regulars Demo Café", Secrets.newKeyBase64(), now);
        em.persist(business);
        em.flush();
        String b = business.id();
        em.persist(new ProgramVersion(b, DEMO_RULES, now, changes.next(b)));
        Store store = new Store(business, "Canal Street", Currency.getInstance("EUR"), "NL",
                ZoneId.of("Europe/Amsterdam"), now);
        em.persist(store);
        PhoneHmac hmac = PhoneHmac.fromBase64(business.phoneHmacKey());
        addRegular(b, hmac, "+31 6 1234 5678", "Eva", 250, now);
        addRegular(b, hmac, "+31 6 8765 4321", "Sem", 120, now);
        return store;
    }

    private void addRegular(String businessId, PhoneHmac hmac, String phone, String name, long points, Instant now) {
        PhoneNumber number = PhoneNumbers.normalize(phone, "NL");
        Customer customer = new Customer(businessId, number.e164(), hmac.of(number), name, now);
        customer.placeInTier(DEMO_RULES.entryTier().name());
        customer.assignReferralCode(name.toUpperCase(java.util.Locale.ROOT).substring(0, 3) + "234");
        em.persist(customer);
        em.flush();
        customers.recordConsent(customer, true, now, "demo seed");
        ledger.post(customer, LedgerEntryType.ADJUSTMENT, points, null, "demo balance");
        customer.markChanged(changes.next(businessId));
    }
}
