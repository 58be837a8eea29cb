package dev.regulars.wallet.apple;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreCardValuesTest {

    private static final String TOKEN = "0123456789abcdef";

    @Test
    void the_authentication_token_is_at_least_16_printable_characters() {
        assertThatCode(() -> new StoreCardValues("s1", "RC-1", null, 0, "Bronze", TOKEN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new StoreCardValues("s1", "RC-1", null, 0, "Bronze", "0123456789abcde"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreCardValues("s1", "RC-1", null, 0, "Bronze", "0123456789 abcdef"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_card_number_must_fit_the_barcodes_iso_8859_1() {
        assertThatCode(() -> new StoreCardValues("s1", "Café-1", null, 0, "Bronze", TOKEN))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new StoreCardValues("s1", "Карта-1", null, 0, "Bronze", TOKEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_change_message_must_say_where_the_value_goes() {
        assertThatThrownBy(() -> new PassTexts("Points", "Balance changed", "Tier", "Tier: %@", "Member", "Card", "News"))
                .hasMessageContaining("%@");
    }
}
