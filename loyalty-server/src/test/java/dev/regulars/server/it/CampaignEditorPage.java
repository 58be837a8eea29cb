package dev.regulars.server.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's campaign editor driven as a marketer does: type, leave the field, wait for the audience's count. */
final class CampaignEditorPage {

    private final ChromeDriver browser;

    CampaignEditorPage(ChromeDriver browser) {
        this.browser = browser;
    }

    void type(String field, String value) {
        WebElement input = browser.findElement(By.id("campaign:" + field));
        // not clear(): it fires a change of its own, whose redraw would pull the field away mid-typing
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        // leaving the field fires its change, which counts the audience again (and may redraw the fields)
        browser.findElement(By.tagName("h2")).click();
        settle();
    }

    void choose(String field, String value) {
        new Select(browser.findElement(By.id("campaign:" + field))).selectByValue(value);
        settle();
    }

    /** The count the audience box shows now ("1,234 customers on ..."). */
    long audience() {
        String text = text("audience");
        if (!text.matches("[\\d,]+ customers?.*")) {
            throw new AssertionError("the audience shows no count: " + text);
        }
        return Long.parseLong(text.substring(0, text.indexOf(' ')).replace(",", ""));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** Waits for a condition on a page that ajax redraws under it. */
    void await(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Boolean.FALSE.equals(browser.executeScript(
                "return document.body.classList.contains('counting')")));
    }
}
