package dev.regulars.wallet.apple.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class ApplePassAuthorizationTest {

    private static final String TOKEN = "k9dQ2mV7xT4pL8sW3nB6yR1c";

    @Test
    void reads_the_token_of_the_applepass_scheme() {
        assertThat(ApplePassAuthorization.token("ApplePass " + TOKEN)).contains(TOKEN);
        assertThat(ApplePassAuthorization.token("applepass   " + TOKEN + " ")).contains(TOKEN);
        assertThat(ApplePassAuthorization.token("Bearer " + TOKEN)).isEmpty();
        assertThat(ApplePassAuthorization.token("ApplePass")).isEmpty();
        assertThat(ApplePassAuthorization.token("ApplePass ")).isEmpty();
        assertThat(ApplePassAuthorization.token("ApplePassX " + TOKEN)).isEmpty();
        assertThat(ApplePassAuthorization.token("ApplePass a b")).isEmpty();
        assertThat(ApplePassAuthorization.token(null)).isEmpty();
    }

    @Test
    void authorizes_only_the_passs_own_token() {
        assertThat(ApplePassAuthorization.authorizes("ApplePass " + TOKEN, TOKEN)).isTrue();
        assertThat(ApplePassAuthorization.authorizes("ApplePass " + TOKEN + "x", TOKEN)).isFalse();
        assertThat(ApplePassAuthorization.authorizes("ApplePass " + TOKEN.toUpperCase(), TOKEN)).isFalse();
        assertThat(ApplePassAuthorization.authorizes("Bearer " + TOKEN, TOKEN)).isFalse();
        assertThat(ApplePassAuthorization.authorizes(null, TOKEN)).isFalse();
    }

    @Test
    void authorizes_exactly_when_the_tokens_are_equal() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40),
                strings().basicLatinAlphabet().ofLengthBetween(1, 40))
                .assuming((a, b) -> !a.isBlank() && !a.contains(" ") && !b.contains(" ") && !b.isBlank())
                .checkAssert((given, expected) -> assertThat(
                        ApplePassAuthorization.authorizes("ApplePass " + given, expected))
                        .isEqualTo(given.equals(expected)));
    }
}
