package dev.regulars.server.customerpages.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardPathsTest {

    @Test
    void theCardKnowsItsPathsAndTheirMethods() {
        assertThat(CardPaths.allowed("")).contains("GET, HEAD");
        assertThat(CardPaths.allowed("consents")).contains("POST");
        assertThat(CardPaths.allowed("delete")).contains("GET, HEAD, POST");
        assertThat(CardPaths.allowed("nope")).isEmpty();
        assertThat(CardPaths.allowed("wallet/nope")).isEmpty();
    }

    @Test
    void aWrongPathOnAGoodLinkIsWordedApartFromADeadLink() {
        for (String language : PageTexts.LANGUAGES) {
            PageTexts t = new PageTexts(language);
            assertThat(t.get("card.noSuchPage")).isNotEqualTo(t.get("card.unknown"));
            assertThat(t.get("card.wrongMethod")).isNotEqualTo(t.get("card.unknown"));
        }
        assertThat(new PageTexts("en").get("card.noSuchPage")).startsWith("There is no such page on your card");
    }
}
