package dev.regulars.server.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, through Debian's chromedriver: no browser is downloaded. */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start() throws Exception {
        Path profile = Files.createTempDirectory("regulars-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(new File("/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Opens the admin and logs in; the page after the login is left open. */
    static void logIn(ChromeDriver browser, java.net.URL server, String email, String password) {
        browser.get(server + "admin/");
        org.assertj.core.api.Assertions.assertThat(browser.getTitle()).isEqualTo("Regulars admin · log in");
        browser.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        submit(browser, browser.findElement(org.openqa.selenium.By.id("login")));
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    static void submit(ChromeDriver browser, org.openqa.selenium.WebElement button) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or Chromium's "node does not belong to the document" while it swaps pages
                return true;
            }
        });
    }

    /** GETs an address of the server with the browser's cookies (its login), as a download would. */
    static java.net.http.HttpResponse<String> fetch(ChromeDriver browser, java.net.URL server, String path)
            throws Exception {
        String cookie = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server + path)).header("Cookie", cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** Saves what the browser shows as target/{name} (a PNG). */
    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
