package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.regulars.server.stores.DemoBusinessSeed;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The owner's Staff page in Chromium: an invitation e-mailed (GreenMail) whose link sets the new marketer's
 * password once; a role change; deactivation shuts the account; wrong input and removing the last owner refused.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class StaffIT {

    @RegisterExtension
    static final TestSmtp smtp = new TestSmtp();

    private final URL server = SharedServer.url();

    @Test
    void theOwnerInvitesAMarketerWhoSetsAPasswordAndLosesAccessWhenDeactivated() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
            browser.findElement(By.id("nav-staff")).click();
            assertThat(browser.getTitle()).isEqualTo("Regulars admin · staff");

            // wrong input is said, nothing made
            invite(browser, "Nadia", "not-an-address", "MARKETER");
            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("\"not-an-address\" is not an e-mail address");
            invite(browser, "Olga again", DemoBusinessSeed.OWNER_EMAIL, "OWNER");
            assertThat(browser.findElement(By.id("messages")).getText()).endsWith("already has an account");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_user WHERE name IN ('Nadia', 'Olga again')"))
                    .isZero();

            int before = smtp.getReceivedMessages().length;
            invite(browser, "Nadia", "Nadia@Example.test ", "MARKETER");
            assertThat(browser.findElement(By.id("messages")).getText()).startsWith("Invitation e-mailed to");
            assertThat(row(browser, "Nadia")).contains("nadia@example.test", "MARKETER", "invited");
            assertThat(smtp.waitForIncomingEmail(30_000, before + 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[before];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nadia@example.test");
            Matcher link = Pattern.compile("(http\\S+/staff/welcome\\?token=[\\w-]+)")
                    .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
            assertThat(link.find()).isTrue();
            String welcome = server + "staff/welcome?token=" + link.group(1).replaceAll(".*token=", "");

            // not yet able to log in
            browser.manage().deleteAllCookies();
            Browser.logIn(browser, server, "nadia@example.test", "anything-at-all");
            assertThat(browser.findElement(By.id("login-error")).isDisplayed()).isTrue();

            // asked again before she took it up: a new link, the old one no longer works
            browser.manage().deleteAllCookies();
            Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
            browser.get(server + "admin/staff.xhtml");
            invite(browser, "Nadia", "nadia@example.test", "MARKETER");
            String again = browser.findElement(By.id("invitation-link")).getText();
            assertThat(again).isNotEqualTo(link.group(1));
            assertThat(get(welcome).statusCode()).isEqualTo(410);
            welcome = server + "staff/welcome?token=" + again.replaceAll(".*token=", "");
            browser.manage().deleteAllCookies();

            browser.get(welcome);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Nadia");
            // ten spaces are no password
            browser.findElement(By.id("password")).sendKeys("          ");
            browser.findElement(By.id("repeat")).sendKeys("          ");
            Browser.submit(browser, browser.findElement(By.id("set-password")));
            assertThat(browser.findElement(By.id("error")).getText()).startsWith("Choose a password of at least 10"
                    + " characters, not only spaces");
            browser.findElement(By.id("password")).sendKeys("coffee-and-campaigns");
            browser.findElement(By.id("repeat")).sendKeys("coffee-and-campaign");
            Browser.submit(browser, browser.findElement(By.id("set-password")));
            assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("The two passwords differ; type the"
                    + " same one twice");
            browser.findElement(By.id("password")).sendKeys("coffee-and-campaigns");
            browser.findElement(By.id("repeat")).sendKeys("coffee-and-campaigns");
            Browser.submit(browser, browser.findElement(By.id("set-password")));
            assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("Your password is set");
            // logging in right there (no page asked for the login) lands in the admin
            browser.findElement(By.id("email")).sendKeys("nadia@example.test");
            browser.findElement(By.id("password")).sendKeys("coffee-and-campaigns");
            Browser.submit(browser, browser.findElement(By.id("login")));
            assertThat(browser.findElement(By.id("today")).getText()).contains("campaign messages");
            browser.manage().deleteAllCookies();
            // the link works once
            HttpResponse<String> used = get(welcome);
            assertThat(used.statusCode()).isEqualTo(410);
            assertThat(used.body()).contains("was used or has expired");

            Browser.logIn(browser, server, "nadia@example.test", "coffee-and-campaigns");
            assertThat(browser.findElement(By.id("nav-campaigns")).isDisplayed()).isTrue();
            assertThat(browser.findElements(By.id("nav-staff"))).isEmpty();
            browser.get(server + "admin/staff.xhtml");
            assertThat(browser.getPageSource()).contains("403");
            assertThat(browser.findElement(By.id("forbidden")).getText())
                    .startsWith("This page belongs to another role in the admin");

            // the owner makes her a manager, then deactivates her, while she is logged in elsewhere: each counts
            // at her next click; then she can no longer log in
            ChromeDriver hers = Browser.start();
            try {
                Browser.logIn(hers, server, "nadia@example.test", "coffee-and-campaigns");
                browser.manage().deleteAllCookies();
                Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
                browser.get(server + "admin/staff.xhtml");
                Browser.submit(browser, button(browser, "Nadia", "Make manager"));
                assertThat(row(browser, "Nadia")).contains("MANAGER", "active");
                hers.get(server + "admin/campaigns.xhtml");
                assertThat(hers.getPageSource()).contains("403");
                hers.get(server + "admin/callbacks.xhtml");
                assertThat(hers.findElement(By.id("nav-callbacks")).isDisplayed()).isTrue();
                deactivate(browser, "Nadia");
                assertThat(row(browser, "Nadia")).contains("deactivated");
                hers.get(server + "admin/callbacks.xhtml");
                assertThat(hers.getCurrentUrl()).endsWith("/admin/login.xhtml");
            } finally {
                hers.quit();
            }
            // the only owner cannot stop being one
            assertThat(browser.findElements(By.xpath("//tr[td[1][normalize-space()='Olga (owner)']]//input")))
                    .as("no buttons for oneself").isEmpty();
            browser.manage().deleteAllCookies();
            Browser.logIn(browser, server, "nadia@example.test", "coffee-and-campaigns");
            assertThat(browser.findElement(By.id("login-error")).getText()).as("her password, a closed account")
                    .startsWith("This account has been deactivated");
            browser.manage().deleteAllCookies();
            Browser.logIn(browser, server, "nadia@example.test", "not-her-password");
            assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("Wrong e-mail or password.");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action IN ('staff.invite',"
                    + " 'staff.role', 'staff.deactivate')")).isEqualTo(4);

            // someone invited and then deactivated cannot take the invitation up
            browser.manage().deleteAllCookies();
            Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
            browser.get(server + "admin/staff.xhtml");
            invite(browser, "Dora", "dora@example.test", "MANAGER");
            String dora = browser.findElement(By.id("invitation-link")).getText();
            deactivate(browser, "Dora");
            HttpResponse<String> withdrawn = get(server + "staff/welcome?token=" + dora.replaceAll(".*token=", ""));
            assertThat(withdrawn.statusCode()).isEqualTo(410);
            assertThat(withdrawn.body()).contains("This invitation was withdrawn");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUnknownOrBrokenInvitationLinkSaysWhatToDo() throws Exception {
        for (String query : new String[] {"?token=made-up", "", "?token=" + "x".repeat(500)}) {
            HttpResponse<String> page = get(server + "staff/welcome" + query);
            assertThat(page.statusCode()).isEqualTo(410);
            assertThat(page.body()).contains("ask the owner for a new one").doesNotContain("<form");
        }
    }

    private static void invite(ChromeDriver browser, String name, String email, String role) {
        browser.findElement(By.id("invite:name")).clear();
        browser.findElement(By.id("invite:name")).sendKeys(name);
        browser.findElement(By.id("invite:email")).clear();
        browser.findElement(By.id("invite:email")).sendKeys(email);
        new Select(browser.findElement(By.id("invite:role"))).selectByValue(role);
        Browser.submit(browser, browser.findElement(By.id("invite:send-invitation")));
    }

    /** Deactivate, and yes to the page's "Deactivate ...?". */
    private static void deactivate(ChromeDriver browser, String name) {
        org.openqa.selenium.WebElement deactivate = button(browser, name, "Deactivate");
        deactivate.click();
        browser.switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(deactivate));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String row(ChromeDriver browser, String name) {
        return browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]")).getText();
    }

    private static org.openqa.selenium.WebElement button(ChromeDriver browser, String name, String label) {
        return browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]//input[@value='"
                + label + "']"));
    }
}
