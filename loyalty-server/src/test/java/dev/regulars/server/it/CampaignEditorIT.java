package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.server.stores.DemoBusinessSeed;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A marketer in Debian's headless Chromium builds a win-back campaign in the admin: a segment, the live audience,
 * wrong input marked next to its field, a preview in the customer's language, a test send to themselves, schedule;
 * the server's scheduler runs it and the messages arrive at a real SMTP server (GreenMail). Phones +31 6 4920 00xx.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class CampaignEditorIT {

    @RegisterExtension
    static final TestSmtp smtp = new TestSmtp();
    private ChromeDriver browser;
    private CampaignEditorPage editor;

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMarketerBuildsAWinBackCampaignSeesItsAudienceAndTheMessagesArrive() throws Exception {
        // six lapsed regulars: three visits, 150.00 spent, last seen 60 days ago; the sixth withdrew e-mail consent,
        // the fifth gave no address, the first reads Russian
        List<String> ids = new ArrayList<>();
        try (Journal journal = Journal.open(dir.resolve("winback.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Win till");
            List<String> phones = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                phones.add(enroll(till.context(), "06 4920 000" + i, "Lapsed" + i));
            }
            till.sync().syncOnce();
            for (String phone : phones) {
                ids.add(ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '" + phone + "'"));
            }
        }
        for (int i = 0; i < 6; i++) {
            ServerFixture.update("UPDATE customer SET visits = 3, total_spend_minor = 15000,"
                    + " first_visit_at = NOW(6) - INTERVAL 200 DAY, last_visit_at = NOW(6) - INTERVAL 60 DAY"
                    + (i == 4 ? "" : ", email = 'editor.lapsed" + (i + 1) + "@example.test'")
                    + (i == 0 ? ", language = 'ru'" : "") + " WHERE id = '" + ids.get(i) + "'");
        }
        ServerFixture.update("UPDATE customer_consent SET granted = FALSE WHERE channel = 'EMAIL' AND customer_id = '"
                + ids.get(5) + "'");

        browser = Browser.start();
        editor = new CampaignEditorPage(browser);
        Browser.logIn(browser, server, DemoBusinessSeed.MARKETER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        // a marketer starts at today's figures, with campaigns and no till, points or call-back pages
        assertThat(browser.findElement(By.id("today")).getText()).contains("campaign messages")
                .doesNotContain("call backs open");
        assertThat(browser.findElements(By.id("nav-store"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-callbacks"))).isEmpty();
        browser.findElement(By.id("nav-campaigns")).click();
        browser.findElement(By.id("new-winback")).click();
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · campaign");
        type("name", "Come back for a coffee");
        type("lapsedDays", "45");
        type("intervalFactor", "");
        // wrong input is named next to its field, and the audience says what keeps it from counting
        type("minVisits", "three");
        assertThat(waitForText("campaign:minVisits-error")).isEqualTo("Visits from: a whole number from 0 to 100000");
        assertThat(text("audience")).contains("Visits from: a whole number");
        type("minVisits", "3");
        type("minSpend", "120.00");
        editor.choose("consent", "EMAIL");
        // the live audience: five (the sixth withdrew consent), counted as the fields change
        editor.await(() -> text("audience").startsWith("5 customers"));
        type("holdoutPercent", "0");
        editor.choose("channelOrder", "EMAIL");
        type("quietFrom", "");
        type("quietUntil", "");
        type("sendAt", "00:00");
        type("subject_en", "We miss you, {firstName|friend}");
        type("body_en", "Your {balance} points are waiting. Coffee is on the house this week.");
        type("subject_ru", "Мы скучаем, {firstName|друг}");
        type("body_ru", "Ваши {balance} баллов ждут вас.");
        screenshot("campaign-editor.png");

        // a text with a variable that does not exist is refused at once, next to it
        type("body_nl", "Tot {gauw}");
        submit("campaign:save");
        assertThat(text("campaign:body_nl-error")).contains("{gauw} is not a variable");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM campaign WHERE name = 'Come back for a coffee'"))
                .as("nothing saved").isZero();
        type("body_nl", "");

        // the preview with a real customer: the Russian one, typed by phone
        type("previewPhone", "06 4920 0001");
        submit("campaign:preview");
        assertThat(text("preview-language")).isEqualTo("ru");
        assertThat(text("preview-subject")).isEqualTo("Мы скучаем, Lapsed1");
        assertThat(text("preview-body")).isEqualTo("Ваши " + ServerFixture.count("SELECT points_balance FROM customer"
                + " WHERE id = ?", ids.get(0)) + " баллов ждут вас.");
        type("previewPhone", "06 0000");
        submit("campaign:preview");
        assertThat(text("campaign:previewPhone-error")).isNotBlank();
        type("previewPhone", "");
        int before = smtp.getReceivedMessages().length;
        submit("campaign:test-send");
        assertThat(text("messages")).contains("on its way to " + DemoBusinessSeed.MARKETER_EMAIL);
        assertThat(smtp.waitForIncomingEmail(30_000, before + 1)).isTrue();
        MimeMessage test = smtp.getReceivedMessages()[before];
        assertThat(test.getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(DemoBusinessSeed.MARKETER_EMAIL);
        assertThat(test.getSubject()).startsWith("[test] ");
        screenshot("campaign-preview.png");

        submit("campaign:schedule-it");
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · campaigns");
        assertThat(text("notice")).isEqualTo("\"Come back for a coffee\" is scheduled.");
        String campaign = ServerFixture.text("SELECT id FROM campaign WHERE name = 'Come back for a coffee'");
        assertThat(ServerFixture.text("SELECT status FROM campaign WHERE id = '" + campaign + "'")).isEqualTo("ACTIVE");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE subject = ? AND action IN"
                + " ('campaign.create', 'campaign.active')", campaign)).isEqualTo(2);

        // the scheduler runs it: four e-mails (the fifth has no address), the Russian customer's in Russian
        assertThat(smtp.waitForIncomingEmail(60_000, before + 1 + 4)).isTrue();
        Thread.sleep(20_000); // another pass of the scheduler: nobody twice
        MimeMessage[] mails = Arrays.copyOfRange(smtp.getReceivedMessages(), before + 1,
                smtp.getReceivedMessages().length);
        List<String> to = new ArrayList<>();
        for (MimeMessage m : mails) {
            to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertThat(to).containsExactlyInAnyOrder("editor.lapsed1@example.test", "editor.lapsed2@example.test",
                "editor.lapsed3@example.test", "editor.lapsed4@example.test");
        MimeMessage russian = Arrays.stream(mails).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals("editor.lapsed1@example.test");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(russian.getSubject()).isEqualTo("Мы скучаем, Lapsed1");
        assertThat(GreenMailUtil.getBody(russian)).isNotBlank();
        assertThat(ServerFixture.text("SELECT decision FROM campaign_recipient x JOIN campaign_run r ON r.id ="
                + " x.run_id WHERE r.campaign_id = '" + campaign + "' AND x.customer_id = '" + ids.get(4) + "'"))
                .as("no address").isEqualTo("N");

        // a win-back reaches a lapsed customer once per lapse: the next days' audience leaves the treated out;
        // the one without an address stays in it, should they give one
        browser.get(server + "admin/campaign.xhtml?id=" + campaign);
        assertThat(text("audience")).startsWith("1 customer on");

        // pause from the list
        browser.get(server + "admin/campaigns.xhtml");
        screenshot("campaigns.png");
        submit("list:campaign-table:0:pause");
        assertThat(ServerFixture.text("SELECT status FROM campaign WHERE id = '" + campaign + "'")).isEqualTo("PAUSED");
    }

    @Test
    void aBirthdayALowRatingAndAOneTimeBroadcastAreMadeAndScheduledInTheEditor() throws Exception {
        browser = Browser.start();
        editor = new CampaignEditorPage(browser);
        Browser.logIn(browser, server, DemoBusinessSeed.MARKETER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        String nextWeek = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7).toString();
        for (String kind : new String[] {"BIRTHDAY", "LOW_RATING", "BROADCAST"}) {
            browser.get(server + "admin/campaign.xhtml?kind=" + kind);
            type("name", "Editor " + kind);
            // nobody has 100000 visits: scheduled for real, reaching no customer of the other tests
            type("minVisits", "100000");
            if (kind.equals("BIRTHDAY")) {
                type("daysBefore", "3");
                type("bonusPoints", "100");
                type("bonusValidDays", "14");
            }
            if (kind.equals("BROADCAST")) {
                browser.findElement(org.openqa.selenium.By.cssSelector("input[name='campaign:schedule'][value='ONCE']"))
                        .click();
                type("onceOn", nextWeek);
            }
            type("subject_en", "Hello {firstName|friend}");
            type("body_en", kind.equals("BIRTHDAY") ? "{bonus} points until {bonusExpiry}" : "See you soon");
            assertThat(text("audience")).startsWith("0 customers");
            submit("campaign:schedule-it");
            assertThat(text("notice")).as(kind).isEqualTo("\"Editor " + kind + "\" is scheduled.");
        }
        assertThat(ServerFixture.text("SELECT CONCAT(kind, ' ', status, ' ', days_before, ' ', bonus_points, ' ',"
                + " bonus_valid_days) FROM campaign WHERE name = 'Editor BIRTHDAY'")).isEqualTo("BIRTHDAY ACTIVE 3 100 14");
        assertThat(ServerFixture.text("SELECT CONCAT(kind, ' ', status) FROM campaign WHERE name = 'Editor LOW_RATING'"))
                .isEqualTo("LOW_RATING ACTIVE");
        assertThat(ServerFixture.text("SELECT CONCAT(kind, ' ', status, ' ', once_on) FROM campaign WHERE name ="
                + " 'Editor BROADCAST'")).isEqualTo("BROADCAST ACTIVE " + nextWeek);
        assertThat(browser.findElement(org.openqa.selenium.By.id("list:campaign-table")).getText())
                .contains("Birthday greeting", "Low-rating follow-up", "Broadcast", "scheduled");
    }

    @Test
    void eachRoleOpensOnlyItsPages() throws Exception {
        browser = Browser.start();
        Browser.logIn(browser, server, DemoBusinessSeed.MANAGER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        assertThat(browser.getTitle()).startsWith("Regulars admin · Regulars Demo");
        assertThat(browser.findElement(By.id("today")).getText()).contains("call backs open")
                .doesNotContain("campaign messages");
        assertThat(browser.findElements(By.id("nav-campaigns"))).isEmpty();
        browser.get(server + "admin/campaign.xhtml?kind=BIRTHDAY");
        assertThat(browser.getPageSource()).contains("403");
        browser.get(server + "admin/callbacks.xhtml");
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · call backs");

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, server, DemoBusinessSeed.MARKETER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        browser.get(server + "admin/callbacks.xhtml");
        assertThat(browser.getPageSource()).contains("403");
        browser.get(server + "admin/store.xhtml");
        assertThat(browser.getPageSource()).contains("403");
        browser.get(server + "admin/messages.xhtml");
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · messages");
        // an address that names no campaign says so, and offers no form
        for (String wrong : new String[] {"?id=nonsense", "?kind=FOO"}) {
            browser.get(server + "admin/campaign.xhtml" + wrong);
            assertThat(browser.findElement(By.id("missing")).getText()).as(wrong).startsWith("There is no");
            assertThat(browser.findElements(By.id("campaign:save"))).isEmpty();
        }
        browser.get(server + "admin/campaign.xhtml?kind=winback");
        assertThat(browser.findElement(By.id("campaign:lapsedDays")).getAttribute("value")).isEqualTo("45");
    }

    private static String enroll(TillContext till, String phone, String name) {
        var number = till.customerLookup().normalize(phone);
        till.checkout().payCash(TillSales.lines(till.journal(), "LATTE"), new CustomerAtTill.Enrolling(number,
                till.customerLookup().hashOf(number), name, true, null), 0, 1_000);
        return number.e164();
    }

    private String waitForText(String id) {
        editor.await(() -> !text(id).isBlank());
        return text(id);
    }

    private String text(String id) {
        return editor.text(id);
    }

    private void type(String field, String value) {
        editor.type(field, value);
    }

    private void submit(String id) {
        Browser.submit(browser, browser.findElement(By.id(id)));
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
