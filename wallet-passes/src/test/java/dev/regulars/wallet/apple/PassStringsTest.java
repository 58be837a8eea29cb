package dev.regulars.wallet.apple;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PassStringsTest {

    @Test
    void maps_the_default_texts_to_the_language_in_utf16_with_a_byte_order_mark() {
        byte[] strings = PassStrings.write(PassTexts.ENGLISH, PassTexts.RUSSIAN);

        assertThat(strings[0]).isEqualTo((byte) 0xFE);
        assertThat(strings[1]).isEqualTo((byte) 0xFF);
        assertThat(new String(strings, StandardCharsets.UTF_16)).contains(
                "\"Points\" = \"Баллы\";\n",
                "\"Your balance is now %@ points.\" = \"Ваш баланс: %@ баллов.\";\n",
                "\"Tier\" = \"Уровень\";\n");
    }

    @Test
    void quotes_and_backslashes_are_escaped() {
        PassTexts quoted = new PassTexts("\"Points\"", "Now %@ \\ points", "Tier", "Tier %@", "Member", "Card", "News");

        assertThat(new String(PassStrings.write(quoted, PassTexts.DUTCH), StandardCharsets.UTF_16))
                .contains("\"\\\"Points\\\"\" = \"Punten\";", "\"Now %@ \\\\ points\" = ");
    }
}
