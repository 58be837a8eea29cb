package dev.regulars.server.stores;

import dev.regulars.core.campaigns.FrequencyCap;
import dev.regulars.core.campaigns.QuietHours;
import dev.regulars.core.campaigns.Template;
import dev.regulars.core.rules.Tier;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.EnrollmentRecord;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.SalesBatch;
import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.campaigns.CampaignSettings;
import dev.regulars.server.campaigns.Campaigns;
import dev.regulars.server.campaigns.Segment;
import dev.regulars.server.feedback.Ratings;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.sales.SalesSync;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What a marketer needs to try the demo: 300 customers with a year of visits at the counter (regulars, lapsed
 * regulars, occasional guests, one-timers, newcomers; some with a birthday this week), rung up by a "history" till
 * through the same sync as real tills; ratings of recent visits (the low ones become call backs); and one campaign
 * of each kind. Runs once, with regulars.demo.marketing=true (the demo sets it; tests do not). The demo café is
 * moved to have opened 400 days ago, so the server believes the history's dates (TillClock).
 */
@ApplicationScoped
public class DemoMarketingSeed {

    static final int CUSTOMERS = 300;
    private static final String PHONES = "+3161000";
    private static final String[] NAMES = {"Anouk", "Bas", "Daan", "Eline", "Fleur", "Gijs", "Hanna", "Ilse", "Jesse",
            "Kees", "Lotte", "Milan", "Noor", "Olga", "Pieter", "Roos", "Sanne", "Thijs", "Vera", "Wout", "Yusuf",
            "Zara", "Dmitri", "Katya", "Sasha"};
    private static final String[][] ITEMS = {{"FLAT-WHITE", "Flat white", "380"}, {"CAPPUCCINO", "Cappuccino", "360"},
            {"LATTE", "Caffè latte", "390"}, {"ESPRESSO", "Espresso", "240"}, {"CROISSANT", "Croissant", "290"},
            {"CHEESECAKE", "Cheesecake", "450"}, {"TEA", "Fresh mint tea", "290"}};

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private TerminalRegistry registry;
    @Inject
    private SalesSync sales;
    @Inject
    private Ratings ratings;
    @Inject
    private Campaigns campaigns;
    @Inject
    private StaffDirectory staff;
    @Inject
    private Clock clock;
    @Inject
    private DemoMarketingSeed self;
    @Inject
    private DemoCampaignHistory history;

    /** @return false when the demo has its marketing data already */
    public boolean seed() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM customer WHERE phone_e164 LIKE ?")
                .setParameter(1, PHONES + "%").getSingleResult()).longValue() > 0) {
            return false;
        }
        Instant now = clock.instant();
        Store store = registry.storesOf(businessId()).get(0);
        self.openedLongAgo(now.minus(Duration.ofDays(400)));
        StaffUser owner = staff.byEmail(DemoBusinessSeed.OWNER_EMAIL).orElseThrow();
        String code = registry.issuePairingCode(owner.businessId(), store.id(), owner.id()).code();
        AuthenticatedTerminal till = registry.authenticate(registry.pair(code, "Counter till (history)").token())
                .orElseThrow();
        Random random = new Random(2026);
        ZoneId zone = ZoneId.of(store.zoneId());
        List<UUID> recentVisits = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            List<SaleRecord> visits = visitsOf(i, random, now, zone);
            sales.apply(till, new SalesBatch(visits));
            SaleRecord last = visits.get(visits.size() - 1);
            if (last.rungUpAt().isAfter(now.minus(Duration.ofDays(3)))) {
                recentVisits.add(last.saleId());
            }
        }
        self.contacts();
        String[] comments = {"The latte was cold", "Waited fifteen minutes", "Lovely as always", null, null,
                "Great cheesecake", "The music was too loud"};
        for (int i = 0; i < recentVisits.size() && i < 40; i++) {
            int stars = i % 5 == 0 ? 2 : i % 7 == 0 ? 3 : 4 + i % 2;
            ratings.rate(recentVisits.get(i), stars, comments[i % comments.length], i % 4 == 0 ? "nl" : "en");
        }
        campaignOfEachKind(staff.byEmail(DemoBusinessSeed.MARKETER_EMAIL).orElseThrow());
        return true;
    }

    private String businessId() {
        return em.createQuery("SELECT b.id FROM Business b", String.class).setMaxResults(1).getSingleResult();
    }

    @Transactional
    public void openedLongAgo(Instant since) {
        em.createNativeQuery("UPDATE business SET created_at = ? WHERE created_at > ?")
                .setParameter(1, java.time.LocalDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .setParameter(2, java.time.LocalDateTime.ofInstant(since, java.time.ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * One customer's visits, oldest first; the first enrolls them. Kinds by index: regulars (weekly, still coming),
     * lapsed regulars (weekly until two to five months ago), occasional guests, one-timers, newcomers.
     */
    private static List<SaleRecord> visitsOf(int i, Random random, Instant now, ZoneId zone) {
        int kind = i % 5;
        int count;
        int lastDaysAgo;
        int gapDays;
        switch (kind) {
            case 0 -> { count = 20 + random.nextInt(20); lastDaysAgo = random.nextInt(6); gapDays = 7; }
            case 1 -> { count = 12 + random.nextInt(15); lastDaysAgo = 60 + random.nextInt(90); gapDays = 8; }
            case 2 -> { count = 2 + random.nextInt(4); lastDaysAgo = 10 + random.nextInt(200); gapDays = 45; }
            case 3 -> { count = 1; lastDaysAgo = 30 + random.nextInt(300); gapDays = 0; }
            default -> { count = 1 + random.nextInt(3); lastDaysAgo = random.nextInt(20); gapDays = 4; }
        }
        String phone = PHONES + String.format("%04d", i);
        String name = NAMES[i % NAMES.length];
        // twelve customers have their birthday in the coming week
        MonthDay birthday = i < 12 ? MonthDay.from(now.atZone(zone).plusDays(i % 7))
                : random.nextInt(4) == 0 ? null : MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28));
        Tier bronze = DemoBusinessSeed.DEMO_RULES.entryTier();
        List<SaleRecord> visits = new ArrayList<>();
        for (int v = count - 1; v >= 0; v--) {
            int daysAgo = lastDaysAgo + v * gapDays + (gapDays > 0 ? random.nextInt(3) : 0);
            Instant at = now.minus(Duration.ofDays(daysAgo)).atZone(zone).toLocalDate()
                    .atTime(LocalTime.of(7 + random.nextInt(10), random.nextInt(60))).atZone(zone).toInstant();
            if (at.isAfter(now)) {
                at = at.minus(Duration.ofDays(1)); // later today has not happened yet: the same hour yesterday
            }
            String[] item = ITEMS[random.nextInt(ITEMS.length)];
            int quantity = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            long due = quantity * Long.parseLong(item[2]);
            boolean first = visits.isEmpty();
            EnrollmentRecord enrollment = first ? new EnrollmentRecord(phone, name, null, random.nextInt(8) > 0, at,
                    null, birthday, null) : null;
            visits.add(new SaleRecord(UUID.randomUUID(), at, DemoBusinessSeed.DEMO_RULES.version(), "EUR",
                    List.of(new SaleLineRecord(item[0], item[1], quantity, Long.parseLong(item[2]))),
                    List.of(new PaymentRecord(random.nextBoolean() ? PaymentRecord.PaymentMethod.CARD
                            : PaymentRecord.PaymentMethod.CASH, due, due)),
                    first ? null : new CustomerIdentification(phone, null), enrollment, 0,
                    // the demo's guests spend under 200 euros a year: Bronze, as the server will count it
                    new SaleRecord.TillFigures(due, 0, 0, due, bronze.earnRate().of(due))));
        }
        return visits;
    }

    /**
     * E-mail addresses for most, and the language they read: a few Russian and Dutch speakers. They enrolled at
     * their first visit (the server dates an enrolment by its arrival, which was now for the whole history).
     */
    @Transactional
    public void contacts() {
        em.createNativeQuery("UPDATE customer SET enrolled_at = first_visit_at WHERE phone_e164 LIKE ?"
                + " AND first_visit_at IS NOT NULL").setParameter(1, PHONES + "%").executeUpdate();
        em.createNativeQuery("UPDATE customer SET email = CONCAT(LOWER(first_name), '.', SUBSTRING(phone_e164, 9),"
                + " '@example.test'), language = CASE WHEN CRC32(id) % 10 = 1 THEN 'ru' WHEN CRC32(id) % 10 < 5"
                + " THEN 'nl' ELSE 'en' END WHERE phone_e164 LIKE ? AND CRC32(id) % 5 > 0")
                .setParameter(1, PHONES + "%").executeUpdate();
    }

    private void campaignOfEachKind(StaffUser marketer) {
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0));
        FrequencyCap oneInThreeDays = new FrequencyCap(1, 3);
        List<Channel> mail = List.of(Channel.EMAIL);
        String birthday = campaigns.create(marketer, new CampaignSettings("Birthday treat", CampaignKind.BIRTHDAY, 0,
                null, null, 100, 14, LocalTime.of(9, 30), null, night, FrequencyCap.NONE, mail, 1_000, texts(
                        "Happy birthday, {firstName|friend}!",
                        "{bonus} points are yours until {bonusExpiry}: a coffee on us. You have {balance} points.",
                        "С днём рождения, {firstName|друг}!",
                        "Дарим {bonus} баллов до {bonusExpiry}: кофе за наш счёт. У вас {balance} баллов."),
                Segment.EVERYONE));
        String winback = campaigns.create(marketer, new CampaignSettings("We miss you", CampaignKind.WINBACK, 0, 45,
                30_000, 50, 30, LocalTime.of(10, 0), null, night, oneInThreeDays, mail, 2_000, texts(
                        "We miss you, {firstName|friend}",
                        "It has been a while. {bonus} points are waiting for you until {bonusExpiry}.",
                        "Мы скучаем, {firstName|друг}",
                        "Давно не виделись. {bonus} баллов ждут вас до {bonusExpiry}."),
                new Segment(3, null, null, null, null, null, null, null, List.of(), null, null, Channel.EMAIL, null,
                        null)));
        campaigns.create(marketer, new CampaignSettings("Sorry about your visit", CampaignKind.LOW_RATING, 0, null,
                null, 30, 30, LocalTime.of(11, 0), null, night, FrequencyCap.NONE, mail, 0, texts(
                        "We are sorry, {firstName|friend}",
                        "Thank you for telling us. {bonus} points are on us; we hope to see you again.",
                        "Простите нас, {firstName|друг}",
                        "Спасибо, что сказали. {bonus} баллов от нас; будем рады видеть вас снова."),
                Segment.EVERYONE));
        campaigns.create(marketer, new CampaignSettings("The terrace is open", CampaignKind.BROADCAST, 0, null, null,
                0, 0, LocalTime.of(10, 30), clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()
                .plusDays(7), night, oneInThreeDays, mail, 1_000, texts(
                        "The terrace is open, {firstName|friend}",
                        "Sun, coffee and cheesecake outside from this week.",
                        "Терраса открыта, {firstName|друг}",
                        "Солнце, кофе и чизкейк на улице с этой недели."),
                new Segment(null, null, null, null, null, null, 90, null, List.of(), null, null, Channel.EMAIL, null,
                        null)));
        campaigns.move(marketer, birthday, dev.regulars.server.campaigns.Campaign.Status.ACTIVE);
        campaigns.move(marketer, winback, dev.regulars.server.campaigns.Campaign.Status.ACTIVE);
        // one that already ran, so the uplift report has something to show
        String autumn = campaigns.create(marketer, new CampaignSettings("Autumn menu", CampaignKind.BROADCAST, 0,
                null, null, 0, 0, LocalTime.of(10, 0), null, night, oneInThreeDays, mail,
                DemoCampaignHistory.holdoutBp(), texts("Autumn is here, {firstName|friend}",
                        "Pumpkin spice latte and apple pie are back on the counter.",
                        "Осень пришла, {firstName|друг}", "Тыквенный латте и яблочный пирог снова в меню."),
                Segment.EVERYONE));
        campaigns.move(marketer, autumn, dev.regulars.server.campaigns.Campaign.Status.ENDED);
        history.ranBefore(autumn, clock.instant(), ZoneId.of("Europe/Amsterdam"), PHONES);
    }

    private static Map<String, Template> texts(String subjectEn, String bodyEn, String subjectRu, String bodyRu) {
        Map<String, Template> texts = new LinkedHashMap<>();
        texts.put("en", new Template(subjectEn, bodyEn));
        texts.put("ru", new Template(subjectRu, bodyRu));
        return texts;
    }
}
