package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.journal.Journal;
import dev.regulars.server.stores.DemoBusinessSeed;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The owner edits the loyalty program in the admin: wrong figures are refused next to their fields with nothing
 * published, a change becomes the next version with its history, a till prices with it after its next sync, and a
 * version published meanwhile is never overwritten. The demo's rules are published again at the end, so the other
 * tests of the run price as they expect.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class ProgramIT {

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theOwnerPublishesANewVersionThatTillsPriceWithAfterTheirNextSync() throws Exception {
        Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        browser.findElement(By.id("nav-program")).click();
        long versionsBefore = ServerFixture.count("SELECT COUNT(*) FROM program_version");
        int current = Integer.parseInt(browser.findElement(By.id("program-version")).getText().replaceAll("\\D", ""));
        assertThat(value("welcomeBonus")).isEqualTo(String.valueOf(DemoBusinessSeed.DEMO_RULES.welcomeBonusPoints()));

        // wrong figures: each says what is wrong next to it, and nothing is published
        fill(Map.of("tierFrom_2", "100", "tierEarn_1", "abc", "pointValue", "", "birthdayDays", "0",
                "perMonth", "1", "tierName_3", "", "tierEarn_3", "4"));
        Browser.submit(browser, browser.findElement(By.id("program:publish")));
        assertThat(error("tierFrom_2")).isEqualTo("Each tier starts above the one before");
        assertThat(error("tierEarn_1")).startsWith("Earns (% of the check): a number from 0 to 100");
        assertThat(error("pointValue")).isEqualTo("A point is worth at least the smallest coin, e.g. 0.01");
        assertThat(error("birthdayDays")).isEqualTo("A birthday bonus is valid for at least one day");
        assertThat(error("perMonth")).isEqualTo("A month allows at least as many friends as a day");
        assertThat(error("tierName_3")).isEqualTo("Give the tier a name, or clear its row");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("Some fields need a look: see the notes next to them.");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM program_version")).isEqualTo(versionsBefore);

        // a real change: a bigger welcome, Gold earns more, a new top tier
        browser.get(server + "admin/program.xhtml");
        fill(Map.of("welcomeBonus", "120", "tierEarn_2", "8", "tierName_3", "Platinum", "tierFrom_3", "1000",
                "tierEarn_3", "10"));
        Browser.submit(browser, browser.findElement(By.id("program:publish")));
        int published = current + 1;
        assertThat(browser.findElement(By.id("notice")).getText())
                .isEqualTo("Version " + published + " is published; tills use it from their next sync.");
        assertThat(browser.findElement(By.id("program-version")).getText()).isEqualTo("version " + published);
        String history = browser.findElement(By.id("history")).getText();
        assertThat(history).contains("New tier Platinum from 1000.00 EUR, earning 10 %", "Gold earns 8 % (was 7 %)",
                "Welcome bonus 120 points (was 50)", "Olga (owner)");
        screenshot("program.png");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'PROGRAM_CHANGED'"
                + " AND subject = ?", "v" + published)).isEqualTo(1);

        // a till gets the version with its next sync, and a customer enrolled there gets the new welcome bonus
        try (Journal journal = Journal.open(dir.resolve("program.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Program till");
            till.sync().syncOnce();
            assertThat(journal.rules().orElseThrow().version()).isEqualTo(published);
            assertThat(journal.rules().orElseThrow().tierNamed("Platinum").minSpendMinor()).isEqualTo(1000_00);
            TillSales.enroll(till.context(), "06 4820 0001", "Wim", null, null, "LATTE");
            till.sync().syncOnce();
        }
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
                + " WHERE c.phone_e164 = '+31648200001' AND e.entry_type = 'WELCOME' AND e.points = 120"))
                .isEqualTo(1);

        // two tabs on the page: the second publishes, the first is told, and its rules are not written
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(server + "admin/program.xhtml");
        fill(Map.of("welcomeBonus", "130"));
        Browser.submit(browser, browser.findElement(By.id("program:publish")));
        browser.switchTo().window(first);
        fill(Map.of("welcomeBonus", "999"));
        Browser.submit(browser, browser.findElement(By.id("program:publish")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("Someone published version "
                + (published + 1) + " while you were editing; open the page again to start from it.");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM program_version WHERE rules_json LIKE"
                + " '%\"welcomeBonusPoints\":999%'")).isZero();

        // publishing what is already there is refused; then the demo's rules go back for the other tests
        browser.get(server + "admin/program.xhtml");
        Browser.submit(browser, browser.findElement(By.id("program:publish")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("These are the rules of the current version: nothing to publish.");
        fill(Map.of("welcomeBonus", "50", "tierEarn_2", "7", "tierName_3", "", "tierFrom_3", "", "tierEarn_3", ""));
        Browser.submit(browser, browser.findElement(By.id("program:publish")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Version " + (published + 2));
        assertThat(browser.findElement(By.id("history")).getText()).contains("Tier Platinum removed");
    }

    @Test
    void onlyTheOwnerOpensTheProgram() {
        Browser.logIn(browser, server, DemoBusinessSeed.MANAGER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        assertThat(browser.findElements(By.id("nav-program"))).isEmpty();
        browser.get(server + "admin/program.xhtml");
        assertThat(browser.getPageSource()).contains("403");
    }

    private void fill(Map<String, String> fields) {
        fields.forEach((field, text) -> {
            var input = browser.findElement(By.id("program:" + field));
            input.clear();
            input.sendKeys(text);
        });
    }

    private String value(String field) {
        return browser.findElement(By.id("program:" + field)).getAttribute("value");
    }

    private String error(String field) {
        return browser.findElement(By.id("program:" + field + "-error")).getText();
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }
}
