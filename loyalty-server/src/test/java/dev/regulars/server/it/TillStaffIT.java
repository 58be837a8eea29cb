package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.ManagerApproval;
import dev.regulars.server.stores.DemoBusinessSeed;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The people of the tills in Chromium and at a real till: the owner adds a cashier and a till manager, each wrong
 * input said next to its field in English or Russian with nothing written (no name, PIN 12, PIN abcd, Anna's PIN,
 * two PINs that differ), gives a new PIN and deactivates the cashier; a till pulls each change: the new manager's PIN
 * approves, the deactivated cashier is gone; reactivated with a new PIN, renamed and made a manager, she is back. Managers open the page, marketers do not. The people these tests add to
 * the run's shared demo café are deactivated again (a till pairing later gets only the active ones).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class TillStaffIT {

    private static final String NOOR = "Noor IT";
    private static final String LARS = "Lars IT";
    private static final String NOOR_RENAMED = "Noor B IT";

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.quit();
        ServerFixture.update("UPDATE cashier SET active = FALSE WHERE name LIKE '% IT'");
    }

    @Test
    void theOwnerAddsACashierAndATillManagerWhoseChangesATillPulls() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Till staff till");
            // the demo's Max is a till manager, Anna a cashier
            assertThat(journal.cashiers()).extracting(CashierRecord::name).contains("Anna", "Max");
            assertThat(ManagerApproval.manager("5678", journal.cashiers())).get().extracting(CashierRecord::name)
                    .isEqualTo("Max");
            assertThat(ManagerApproval.manager("1234", journal.cashiers())).as("Anna is no manager").isEmpty();

            Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
            browser.findElement(By.id("nav-tillstaff")).click();
            assertThat(browser.getTitle()).isEqualTo("Regulars admin · till staff");
            assertThat(text("store-name")).isEqualTo("Canal Street");
            assertThat(row("Anna").getText()).contains("Cashier", "On the tills");
            assertThat(row("Max").getText()).contains("Till manager", "On the tills");

            // wrong input, in the reader's language, next to its field; nothing written
            browser.findElement(By.id("lang-ru")).click();
            assertThat(browser.findElement(By.id("nav-tillstaff")).getText()).isEqualTo("Кассиры");
            submit(By.id("add:add-person"));
            assertThat(text("add:name-error")).isEqualTo("Заполните поле «Имя»");
            assertThat(text("add:pin-error")).isEqualTo("Заполните поле «PIN-код»");
            browser.findElement(By.id("lang-en")).click();
            submit(By.id("add:add-person"));
            assertThat(text("messages")).isEqualTo("Some fields need putting right; see the notes next to them.");
            assertThat(text("add:name-error")).isEqualTo("Name is needed");
            assertThat(text("add:pin-error")).isEqualTo("PIN is needed");

            add(NOOR, "12", "12", false);
            assertThat(text("add:name-error")).isEmpty();
            assertThat(text("add:pin-error")).isEqualTo("A PIN is 4 to 8 digits");
            assertThat(field("add:name").getAttribute("value")).as("the name stays").isEqualTo(NOOR);
            assertThat(field("add:pin").getAttribute("type")).isEqualTo("password");
            assertThat(field("add:pin").getAttribute("value")).as("a PIN is never shown back").isEmpty();
            add(NOOR, "abcd", "abcd", false);
            assertThat(text("add:pin-error")).isEqualTo("A PIN is 4 to 8 digits");
            add(NOOR, "2468", "2469", false);
            assertThat(text("add:pin-error")).isEmpty();
            assertThat(text("add:pinAgain-error")).isEqualTo("The two PINs differ; type the same PIN twice");
            add(NOOR, "1234", "1234", false); // Anna's
            assertThat(text("add:pin-error")).isEqualTo("Someone active at this store's tills has this PIN already;"
                    + " choose another (two people with one PIN would log in as each other)");
            assertThat(text("messages")).doesNotContain("Anna");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM cashier WHERE name = ?", NOOR)).isZero();
            screenshot("tillstaff-errors.png");

            // a cashier and a till manager
            add(NOOR, "2468", "2468", false);
            assertThat(text("messages")).isEqualTo(NOOR + " can log in to the tills with the PIN given.");
            assertThat(row(NOOR).getText()).contains("Cashier", "On the tills", "Olga (owner)");
            add(LARS, "97531", "97531", true);
            assertThat(text("messages")).isEqualTo(LARS + " can log in to the tills with the PIN given, and approve"
                    + " as a till manager.");
            assertThat(row(LARS).getText()).contains("Till manager", "On the tills");
            screenshot("tillstaff.png");

            till.sync().syncOnce();
            assertThat(journal.cashiers()).extracting(CashierRecord::name).contains("Anna", "Max", NOOR, LARS);
            assertThat(ManagerApproval.manager("97531", journal.cashiers())).get().extracting(CashierRecord::name)
                    .isEqualTo(LARS);
            assertThat(ManagerApproval.manager("2468", journal.cashiers())).as("Noor is a cashier").isEmpty();

            // a new PIN: not Lars's; then one of her own, which the till has with its next sync
            submit(button(NOOR, "New PIN"));
            assertThat(text("person-form:person-form-heading")).isEqualTo("A new PIN for " + NOOR);
            newPin("97531");
            assertThat(text("person-form:pin-error")).startsWith("Someone active at this store's tills has this PIN");
            newPin("8642");
            assertThat(text("messages")).isEqualTo(NOOR + " has a new PIN; the old one stops working as the tills"
                    + " sync.");
            till.sync().syncOnce();
            CashierRecord noor = journal.cashiers().stream().filter(c -> c.name().equals(NOOR)).findFirst()
                    .orElseThrow();
            assertThat(PinHasher.matches("8642", noor.pinHash())).isTrue();

            // deactivated: the till forgets her, and her PIN is free for someone else
            deactivate(NOOR);
            assertThat(text("messages")).isEqualTo(NOOR + " is deactivated: the tills forget them with their next"
                    + " sync.");
            assertThat(row(NOOR).getText()).contains("Deactivated");
            assertThat(row(NOOR).findElements(By.cssSelector("input[value='New PIN']"))).isEmpty();
            till.sync().syncOnce();
            assertThat(journal.cashiers()).extracting(CashierRecord::name).contains(LARS).doesNotContain(NOOR);
            assertThat(ManagerApproval.manager("97531", journal.cashiers())).isPresent();

            // back, with a new PIN (her old one may be someone else's by now), renamed and made a till manager
            submit(button(NOOR, "Reactivate"));
            assertThat(text("person-form:person-form-heading")).startsWith("Reactivate " + NOOR + " with a new PIN");
            newPin("1234");
            assertThat(text("person-form:pin-error")).startsWith("Someone active at this store's tills has this PIN");
            newPin("8642");
            assertThat(text("messages")).isEqualTo(NOOR + " can log in to the tills again, with the new PIN.");
            submit(button(NOOR, "Rename"));
            type("person-form:name", " ");
            submit(By.id("person-form:save"));
            assertThat(text("person-form:name-error")).isEqualTo("Name is needed");
            type("person-form:name", NOOR_RENAMED);
            submit(By.id("person-form:save"));
            assertThat(text("messages")).isEqualTo("Renamed: " + NOOR_RENAMED + ".");
            submit(button(NOOR_RENAMED, "Make till manager"));
            assertThat(text("messages")).isEqualTo(NOOR_RENAMED + " is a till manager now.");
            assertThat(row(NOOR_RENAMED).getText()).contains("Till manager", "On the tills");
            till.sync().syncOnce();
            assertThat(ManagerApproval.manager("8642", journal.cashiers())).get().extracting(CashierRecord::name)
                    .isEqualTo(NOOR_RENAMED);
        }
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action LIKE 'TILL_STAFF_%'"
                + " AND subject IN (SELECT id FROM cashier WHERE name IN (?, ?))", NOOR_RENAMED, LARS)).isEqualTo(7);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE details LIKE '%2468%'"
                + " OR details LIKE '%97531%' OR details LIKE '%8642%'")).as("no PIN in the audit").isZero();
    }

    @Test
    void managersManageThePeopleOfTheTillsAndMarketersDoNot() throws Exception {
        Browser.logIn(browser, server, DemoBusinessSeed.MANAGER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        browser.findElement(By.id("nav-tillstaff")).click();
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · till staff");
        assertThat(row("Max").getText()).contains("Till manager");
        browser.manage().deleteAllCookies();
        Browser.logIn(browser, server, DemoBusinessSeed.MARKETER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        assertThat(browser.findElements(By.id("nav-tillstaff"))).isEmpty();
        browser.get(server + "admin/tillstaff.xhtml");
        assertThat(browser.getPageSource()).contains("403");
    }

    private void add(String name, String pin, String pinAgain, boolean manager) {
        type("add:name", name);
        type("add:pin", pin);
        type("add:pinAgain", pinAgain);
        if (field("add:manager").isSelected() != manager) {
            field("add:manager").click();
        }
        submit(By.id("add:add-person"));
    }

    /** Types a PIN twice into the opened person's form and saves. */
    private void newPin(String pin) {
        type("person-form:pin", pin);
        type("person-form:pinAgain", pin);
        submit(By.id("person-form:save"));
    }

    /** Deactivate, and yes to the page's "Deactivate ...?". */
    private void deactivate(String name) {
        WebElement deactivate = button(name, "Deactivate");
        deactivate.click();
        assertThat(browser.switchTo().alert().getText()).isEqualTo("Deactivate " + name + "? They can no longer log in"
                + " to the tills.");
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(deactivate));
    }

    private WebElement row(String name) {
        return browser.findElement(By.xpath("//table[@id='people-table']//tr[td[@class='name' and normalize-space()='"
                + name + "']]"));
    }

    private WebElement button(String name, String label) {
        return row(name).findElement(By.cssSelector("input[value='" + label + "']"));
    }

    private WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(value);
    }

    private void submit(By button) {
        Browser.submit(browser, browser.findElement(button));
    }

    private void submit(WebElement button) {
        Browser.submit(browser, button);
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }
}
