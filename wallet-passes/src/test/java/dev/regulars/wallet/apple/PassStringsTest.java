package dev.regulars.wallet.apple;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PassStringsTest {

    @Test
    void maps_the_default_texts_to_the_language_in_utf16_with_a_byte_order_mark() {
        byte[] strings = PassStrings.write(PassLocalization.standard(), "ru");

        assertThat(strings[0]).isEqualTo((byte) 0xFE);
        assertThat(strings[1]).isEqualTo((byte) 0xFF);
        assertThat(new String(strings, StandardCharsets.UTF_16)).contains(
                "\"Points\" = \"Баллы\";\n",
                "\"Tier\" = \"Уровень\";\n");
    }

    @Test
    void the_balance_message_takes_each_languages_plural_form_for_1_2_to_4_5_to_20_and_21() {
        PassLocalization standard = PassLocalization.standard();
        String russian = new String(PassStrings.write(standard, "ru"), StandardCharsets.UTF_16);
        String english = new String(PassStrings.write(standard, "en"), StandardCharsets.UTF_16);
        String dutch = new String(PassStrings.write(standard, "nl"), StandardCharsets.UTF_16);

        assertThat(russian).contains(line(standard.pointsChangeKey(1), "Ваш баланс: %@ балл."),
                line(standard.pointsChangeKey(3), "Ваш баланс: %@ балла."),
                line(standard.pointsChangeKey(5), "Ваш баланс: %@ баллов."),
                line(standard.pointsChangeKey(20), "Ваш баланс: %@ баллов."),
                line(standard.pointsChangeKey(21), "Ваш баланс: %@ балл."),
                line(standard.pointsChangeKey(22), "Ваш баланс: %@ балла."));
        assertThat(english).contains(line(standard.pointsChangeKey(1), "Your balance is now %@ point."),
                line(standard.pointsChangeKey(21), "Your balance is now %@ points."),
                line(standard.pointsChangeKey(3), "Your balance is now %@ points."));
        assertThat(dutch).contains(line(standard.pointsChangeKey(1), "Je saldo is nu %@ punt."),
                line(standard.pointsChangeKey(5), "Je saldo is nu %@ punten."));
        // every key pass.json may carry is in every language's file
        for (long n = 0; n < 1000; n++) {
            assertThat(russian).contains("\"" + standard.pointsChangeKey(n) + "\" = ");
        }
    }

    private static String line(String key, String value) {
        return "\"" + key + "\" = \"" + value + "\";\n";
    }

    @Test
    void quotes_and_backslashes_are_escaped() {
        PassTexts quoted = new PassTexts("\"Points\"", "Now %@ \\ points", "Tier", "Tier %@", "Member", "Card", "News");

        PassLocalization localization = new PassLocalization("en", java.util.Map.of("en", quoted, "nl",
                PassTexts.DUTCH));
        assertThat(new String(PassStrings.write(localization, "nl"), StandardCharsets.UTF_16))
                .contains("\"\\\"Points\\\"\" = \"Punten\";", "\"Tier %@\" = ");
        assertThat(new String(PassStrings.write(localization, "en"), StandardCharsets.UTF_16))
                .contains(" = \"Now %@ \\\\ points\";");
    }
}
