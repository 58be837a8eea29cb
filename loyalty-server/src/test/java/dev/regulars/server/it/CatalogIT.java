package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.pos.journal.Journal;
import dev.regulars.server.catalog.ImageCheckTest;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.DemoBusinessSeed;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalog in Chromium and at a till: the owner makes a category, a modifier group and a product with VAT,
 * barcode and picture, each wrong input said next to its field (nothing written); a till pulls the product with its
 * modifiers and fetches the picture; taken off the tills, it leaves the till's grid. The store's receipt details
 * and a renamed store reach the till too. What these tests add to the run's shared demo café they take off again.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class CatalogIT {

    private static final String SEASONAL = "Seasonal IT";

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
    void theOwnerBuildsAProductThatATillPullsWithItsModifiersAndPictureAndDropsWhenItIsTakenOff() throws Exception {
        Browser.logIn(browser, server, DemoBusinessSeed.OWNER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        browser.findElement(By.id("nav-catalog")).click();
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · catalog");
        assertThat(browser.findElement(By.id("category-table")).getText()).contains("Coffee", "Bakery");

        // a category: the name is needed (in the reader's language) and not taken; then made
        browser.findElement(By.id("lang-ru")).click();
        assertThat(browser.findElement(By.id("nav-catalog")).getText()).isEqualTo("Меню");
        submit(By.id("categories:new-category"));
        submit(By.id("category-form:save"));
        assertThat(text("category-form:name-error")).isEqualTo("Заполните поле «Категория»");
        browser.findElement(By.id("lang-en")).click();
        submit(By.id("categories:new-category"));
        type("category-form:name", "coffee");
        submit(By.id("category-form:save"));
        assertThat(text("category-form:name-error")).isEqualTo("There is a category coffee already");
        type("category-form:name", SEASONAL);
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("category-form:colour")),
                "#aa5500");
        submit(By.id("category-form:save"));
        assertThat(text("messages")).isEqualTo("Category " + SEASONAL + " saved.");
        assertThat(ServerFixture.text("SELECT colour FROM catalog_category WHERE name = '" + SEASONAL + "'"))
                .isEqualTo("#AA5500");

        // a modifier group: without options it is refused next to the options; with them, saved
        submit(By.id("groups:new-group"));
        type("group-form:name", "Spice IT");
        submit(By.id("group-form:save"));
        assertThat(text("group-form:options-error")).isEqualTo("A modifier group needs at least one option");
        type("group-form:options:0:optionName", "Cinnamon");
        type("group-form:options:0:optionDelta", "0.30");
        type("group-form:options:1:optionName", "No sugar");
        type("group-form:options:1:optionDelta", "-0,10");
        new Select(browser.findElement(By.id("group-form:need"))).selectByValue("REQUIRED");
        new Select(browser.findElement(By.id("group-form:choice"))).selectByValue("SEVERAL");
        submit(By.id("group-form:save"));
        assertThat(text("messages")).isEqualTo("Modifier group Spice IT saved.");
        assertThat(browser.findElement(By.id("group-table")).getText())
                .contains("Spice IT must choose · several Cinnamon +€0.30, No sugar −€0.10 0");

        // a product: every wrong field is said next to it, and nothing is written until all are right
        byte[] picture = ImageCheckTest.picture("png", 64, false);
        Path text = Files.writeString(dir.resolve("menu.png"), "the menu, typed in a text editor");
        Path big = Files.write(dir.resolve("big.png"), ImageCheckTest.picture("png", 400, true));
        Path small = Files.write(dir.resolve("latte.png"), picture);
        submit(By.id("products:new-product"));
        type("product-form:name", "Pumpkin spice latte");
        type("product-form:sku", "PSL-IT");
        new Select(browser.findElement(By.id("product-form:category"))).selectByVisibleText(SEASONAL);
        type("product-form:price", "abc");
        type("product-form:vat", "150");
        browser.findElement(By.id("product-form:image")).sendKeys(text.toString());
        submit(By.id("product-form:save"));
        assertThat(text("messages")).isEqualTo("Some fields need putting right; see the notes next to them.");
        assertThat(text("product-form:price-error")).isEqualTo("Price: an amount in EUR such as 4.50");
        assertThat(text("product-form:vat-error")).isEqualTo("VAT rate: a number from 0 to 100");
        assertThat(text("product-form:image-error"))
                .isEqualTo("That file is not a PNG or JPEG picture (whatever its name says)");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("product-form")));
        screenshot("catalog-product-errors.png");

        type("product-form:price", "4,80");
        type("product-form:vat", "9");
        browser.findElement(By.id("product-form:image")).sendKeys(big.toString());
        submit(By.id("product-form:save"));
        assertThat(text("product-form:image-error")).matches("The picture is \\d+ KB; at most 256 KB .*");
        assertThat(text("product-form:price-error")).isEmpty();

        type("product-form:barcode", "8712345000011"); // the demo's orange juice has it
        browser.findElement(By.id("product-form:image")).sendKeys(small.toString());
        submit(By.id("product-form:save"));
        assertThat(text("product-form:barcode-error")).isEqualTo("Barcode 8712345000011 is already on Orange juice (OJ)");
        assertThat(text("product-form:image-ready")).isEqualTo("The picture is fine and will be saved with the product.");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM product WHERE sku = 'PSL-IT'")).isZero();
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM product_image")).as("nothing half-written").isZero();

        type("product-form:barcode", "8712345000097");
        for (String group : List.of("Spice IT", "Milk")) {
            browser.findElement(By.xpath("//table[@id='product-form:groups']//label[normalize-space()='" + group
                    + "']")).click();
        }
        submit(By.id("product-form:save"));
        assertThat(text("messages")).isEqualTo("Pumpkin spice latte saved.");
        String sha = Secrets.sha256Hex(picture);
        assertThat(ServerFixture.text("SELECT CONCAT(price_minor, ' ', vat_rate_bp, ' ', barcode, ' ', image_sha256)"
                + " FROM product WHERE sku = 'PSL-IT'")).isEqualTo("480 900 8712345000097 " + sha);
        assertThat(productRow("Pumpkin spice latte").getText()).contains("PSL-IT", "€4.80", "9 %", "8712345000097",
                "Milk, Spice IT", "On the tills");
        screenshot("catalog.png");
        browser.executeScript("arguments[0].scrollIntoView()", productRow("Pumpkin spice latte"));
        screenshot("catalog-products.png");

        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Catalog till");
            // the demo café's menu, in its colours and order
            assertThat(journal.categories()).extracting(CatalogCategory::name)
                    .containsSubsequence("Coffee", "Tea", "Cold drinks", "Bakery", SEASONAL);
            assertThat(journal.categories()).contains(new CatalogCategory("Coffee", "#6F4E37", 1, true),
                    new CatalogCategory(SEASONAL, "#AA5500", 6, true));
            CatalogItem latte = journal.itemsIn("Coffee").stream().filter(i -> i.sku().equals("LATTE")).findFirst()
                    .orElseThrow();
            assertThat(latte.modifierGroups()).extracting(ModifierGroup::name).containsExactly("Size", "Milk", "Extras");
            assertThat(latte.modifierGroups().get(0)).isEqualTo(new ModifierGroup("Size", true, false, List.of(
                    new ModifierOption("Small", 0), new ModifierOption("Regular", 0), new ModifierOption("Large", 50))));
            assertThat(latte.vatRate()).isEqualTo(BasisPoints.percent(9));
            assertThat(journal.itemByBarcode("8712345000011")).get().extracting(CatalogItem::sku).isEqualTo("OJ");

            // the owner's product, with its modifiers and picture
            assertThat(journal.itemsIn(SEASONAL)).containsExactly(new CatalogItem("PSL-IT", "Pumpkin spice latte",
                    SEASONAL, 480, BasisPoints.percent(9), "8712345000097", sha, List.of(
                    new ModifierGroup("Milk", false, false, List.of(new ModifierOption("Whole", 0),
                            new ModifierOption("Oat", 40), new ModifierOption("Soy", 40))),
                    new ModifierGroup("Spice IT", true, true, List.of(new ModifierOption("Cinnamon", 30),
                            new ModifierOption("No sugar", -10)))), true, 1));
            assertThat(journal.image(sha)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(picture));

            // the picture's address: immutable for tills, a JSON 404 for a hash it does not know, a token needed
            HttpResponse<byte[]> image = imageRequest(sha, till.identity().token());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(image.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
            assertThat(image.body()).isEqualTo(picture);
            HttpResponse<byte[]> unknown = imageRequest("0".repeat(64), till.identity().token());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(new String(unknown.body(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"error\":\"unknown_image\",\"message\":\"The catalog has no picture " + "0".repeat(64)
                            + "\"}");
            assertThat(imageRequest(sha, "not-a-token").statusCode()).isEqualTo(401);

            // the shared group changed (options reordered, one dearer, one more): the product comes again with it
            submit(groupRow("Spice IT").findElement(By.cssSelector("input[value='Change']")));
            type("group-form:options:0:optionName", "No sugar");
            type("group-form:options:0:optionDelta", "-0.10");
            type("group-form:options:1:optionName", "Cinnamon");
            type("group-form:options:1:optionDelta", "0.35");
            type("group-form:options:2:optionName", "Nutmeg");
            submit(By.id("group-form:save"));
            assertThat(text("messages")).isEqualTo("Modifier group Spice IT saved.");
            till.sync().syncOnce();
            assertThat(journal.itemsIn(SEASONAL).get(0).modifierGroups().get(1).options()).containsExactly(
                    new ModifierOption("No sugar", -10), new ModifierOption("Cinnamon", 35),
                    new ModifierOption("Nutmeg", 0));

            // taken off the tills: the next pull drops it (and its picture)
            submit(productRow("Pumpkin spice latte").findElement(By.cssSelector("input[value='Take off the tills']")));
            assertThat(text("messages")).isEqualTo("The product is off the tills.");
            assertThat(productRow("Pumpkin spice latte").getText()).contains("Off the tills");
            till.sync().syncOnce();
            assertThat(journal.itemsIn(SEASONAL)).isEmpty();
            assertThat(journal.itemByBarcode("8712345000097")).isEmpty();
            assertThat(journal.image(sha)).isEmpty();

            // and the category and group go too, as the other tests of the run expect the demo café
            submit(categoryRow(SEASONAL).findElement(By.cssSelector("input[value='Take off the tills']")));
            assertThat(text("messages")).isEqualTo("The category is off the tills.");
            submit(groupRow("Spice IT").findElement(By.cssSelector("input[value='Delete']")));
            assertThat(text("messages")).startsWith("The modifier group is deleted");
            till.sync().syncOnce();
            assertThat(journal.categories()).extracting(CatalogCategory::name).doesNotContain(SEASONAL);
        }
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action LIKE 'CATALOG_%'"
                + " AND subject = 'PSL-IT'")).isEqualTo(2);
    }

    @Test
    void theStoresReceiptDetailsAndNewNameReachItsTills() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("store.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Receipt till");
            assertThat(journal.storeDetails()).get().usingRecursiveComparison().ignoringFields("joinUrl")
                    .isEqualTo(new StoreDetails("Canal Street", "Regulars Demo Café",
                    "Prinsengracht 112\n1015 EA Amsterdam", "NL003456789B01", "en", "Europe/Amsterdam", "EUR", "NL",
                    "http://localhost:8080", "Thank you, and see you soon!"));
            // the customer display's QR: the store's join page
            assertThat(journal.storeDetails().orElseThrow().joinUrl()).matches("http://localhost:8080/join/[0-9a-f-]{36}");

            Browser.logIn(browser, server, DemoBusinessSeed.MANAGER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
            browser.get(server + "admin/store.xhtml");
            submit(By.cssSelector("#stores input[value='Settings']"));
            type("store-settings:vatId", "NL??");
            type("store-settings:footer", "one\ntwo\nthree\nfour");
            submit(By.id("store-settings:save"));
            assertThat(text("store-settings:vatId-error")).startsWith("A VAT id is 2 to 30 letters and digits");
            type("store-settings:vatId", "NL 0034.56789.B02");
            submit(By.id("store-settings:save"));
            assertThat(text("store-settings:footer-error"))
                    .isEqualTo("The receipt's last words: at most 3 lines and 300 characters");
            try {
                type("store-settings:name", "Canal Street IT");
                type("store-settings:address", "Keizersgracht 1\n  1016 AA Amsterdam  ");
                type("store-settings:footer", "Tot ziens!");
                new Select(browser.findElement(By.id("store-settings:receiptLanguage"))).selectByValue("nl");
                submit(By.id("store-settings:save"));
                assertThat(text("messages")).isEqualTo("The settings of Canal Street IT are saved.");

                till.sync().syncOnce();
                assertThat(journal.storeDetails()).get().usingRecursiveComparison().ignoringFields("joinUrl")
                        .isEqualTo(new StoreDetails("Canal Street IT", "Regulars Demo Café",
                        "Keizersgracht 1\n1016 AA Amsterdam", "NL 0034.56789.B02", "nl", "Europe/Amsterdam", "EUR",
                        "NL", "http://localhost:8080", "Tot ziens!"));
                assertThat(journal.identity().orElseThrow().storeName()).isEqualTo("Canal Street IT");
            } finally { // as the other tests of the run expect the demo store
                ServerFixture.update("UPDATE store SET name = 'Canal Street', address = 'Prinsengracht 112\\n1015 EA"
                        + " Amsterdam', vat_id = 'NL003456789B01', receipt_language = 'en', receipt_footer = 'Thank"
                        + " you, and see you soon!' WHERE name = 'Canal Street IT'");
            }
        }
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'STORE_RECEIPT_CHANGED'"
                + " AND details LIKE '%Keizersgracht%'")).isEqualTo(1);
    }

    @Test
    void managersOpenTheCatalogAndMarketersDoNot() throws Exception {
        Browser.logIn(browser, server, DemoBusinessSeed.MANAGER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        browser.findElement(By.id("nav-catalog")).click();
        assertThat(browser.getTitle()).isEqualTo("Regulars admin · catalog");
        browser.manage().deleteAllCookies();
        Browser.logIn(browser, server, DemoBusinessSeed.MARKETER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
        assertThat(browser.findElements(By.id("nav-catalog"))).isEmpty();
        browser.get(server + "admin/catalog.xhtml");
        assertThat(browser.getPageSource()).contains("403");
    }

    private HttpResponse<byte[]> imageRequest(String sha, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server
                        + "api/v1/sync/catalog-images/" + sha)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private WebElement productRow(String name) {
        return browser.findElement(By.xpath("//table[contains(@id,'product-table')]//tr[td//span[@class='name'"
                + " and normalize-space()='" + name + "']]"));
    }

    private WebElement categoryRow(String name) {
        return browser.findElement(By.xpath("//table[@id='category-table']//tr[td[@class='name' and normalize-space()='"
                + name + "']]"));
    }

    private WebElement groupRow(String name) {
        return browser.findElement(By.xpath("//table[@id='group-table']//tr[td[@class='name' and normalize-space()='"
                + name + "']]"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
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
