package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** How the figure pages fit paper and a phone, measured in the real Chromium of an IT. */
final class FigurePagesLayout {

    private FigurePagesLayout() {
    }

    /**
     * Prints the page open in the browser to an A4 portrait PDF (Chromium's own print to PDF, 1 cm margins) and
     * returns its text in drawing order, each run of white space one space.
     */
    static String printedText(ChromeDriver browser, String name) throws Exception {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        java.nio.file.Files.write(java.nio.file.Path.of("target", name), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /**
     * Opens each page at 390 x 844 CSS pixels (a phone, with its viewport meta and overlay scroll bars) and asserts the page is no wider than that: what is wider
     * scrolls in a box of its own; a segment's campaign button, where there is one, is on the screen.
     */
    static void fitsAPhone(ChromeDriver browser, URL server, String... pages) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : pages) {
                browser.get(server + page);
                browser.findElement(By.tagName("h2"));
                Object width = browser.executeScript("return document.documentElement.scrollWidth;");
                Object visible = browser.executeScript("return document.documentElement.clientWidth;");
                Browser.screenshot(browser, "phone-" + page.replaceAll("\\.xhtml.*|^admin/", "") + ".png");
                assertThat(((Number) width).intValue()).as(page + " at 390 px").isLessThanOrEqualTo(390)
                        .as(page + ": no sideways scrolling").isLessThanOrEqualTo(((Number) visible).intValue());
                // a segment's "Make a campaign for them" is on the screen without scrolling its table
                if (!browser.findElements(By.cssSelector("a[id^='campaign-']")).isEmpty()) {
                    double[] button = edges(browser, "a[id^='campaign-']");
                    assertThat(button[0]).as("campaign button's left").isGreaterThanOrEqualTo(0);
                    assertThat(button[1]).as("campaign button's right").isLessThanOrEqualTo(390);
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The left and right edges, in CSS pixels of the viewport, of the first element {@code css} finds. */
    static double[] edges(ChromeDriver browser, String css) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> lr = (java.util.List<Number>) browser.executeScript(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.left, r.right];",
                css);
        return new double[] {lr.get(0).doubleValue(), lr.get(1).doubleValue()};
    }
}
