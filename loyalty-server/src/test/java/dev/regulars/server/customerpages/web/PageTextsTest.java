package dev.regulars.server.customerpages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The customer pages speak en, ru and nl completely, and every pattern formats. */
class PageTextsTest {

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("dev.regulars.server.customerpages.web.pages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyLanguageHasEveryText() {
        Set<String> english = bundle("en").keySet();
        for (String language : PageTexts.LANGUAGES) {
            assertThat(bundle(language).keySet()).as(language).isEqualTo(english);
            PageTexts t = new PageTexts(language);
            for (String key : english) {
                // every text formats with arguments of the kinds the pages give (numbers where a choice asks)
                assertThat(t.get(key, 3, "x", "y", 4, 5)).as(language + " " + key).isNotBlank().doesNotContain("''");
            }
        }
    }

    @Test
    void aWrongCodeCountsTheTriesLeftInEachLanguage() {
        assertThat(new PageTexts("en").get("code.wrong", 1)).isEqualTo("This code is not right. One more try left.");
        assertThat(new PageTexts("en").get("code.wrong", 4)).isEqualTo("This code is not right. 4 more tries left.");
        assertThat(new PageTexts("ru").get("code.wrong", 2)).isEqualTo("Код неверный. Осталось попыток: 2.");
        assertThat(new PageTexts("nl").get("code.wrong", 1)).isEqualTo("Deze code klopt niet. Nog één poging.");
    }

    @Test
    void theCountryIsNamedInThePagesLanguageNotByItsCode() {
        assertThat(new PageTexts("en").get("phone.countryNotAllowed", "x", new PageTexts("en").country("NL")))
                .contains("from Netherlands").doesNotContain("NL");
        assertThat(new PageTexts("ru").country("NL")).isEqualTo("Нидерланды");
        assertThat(new PageTexts("nl").get("phone.invalidInRegion", "12", new PageTexts("nl").country("NL")))
                .contains("in Nederland:");
    }
}
