package dev.regulars.server.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PassTokensTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        31, 32});

    @Test
    void aPassKeepsItsTokenAndAnotherPassOrKeyGetsAnother() {
        PassTokens tokens = new PassTokens(KEY);
        String token = tokens.tokenOf("123456789012");

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(new PassTokens(KEY).tokenOf("123456789012")).isEqualTo(token);
        assertThat(tokens.tokenOf("123456789013")).isNotEqualTo(token);
        byte[] other = Base64.getDecoder().decode(KEY);
        other[0] ^= 1;
        assertThat(new PassTokens(Base64.getEncoder().encodeToString(other)).tokenOf("123456789012"))
                .isNotEqualTo(token);
    }

    @Test
    void onlyTheTokenWhoseHashIsStoredMatches() {
        String token = new PassTokens(KEY).tokenOf("123456789012");
        String stored = PassTokens.stored(token);

        assertThat(stored).hasSize(64).doesNotContain(token);
        assertThat(PassTokens.matches(token, stored)).isTrue();
        assertThat(PassTokens.matches(token.substring(1), stored)).isFalse();
        assertThat(PassTokens.matches("", stored)).isFalse();
        assertThat(PassTokens.matches(null, stored)).isFalse();
        assertThat(PassTokens.matches(null, PassTokens.stored(""))).as("no header is never a match").isFalse();
    }

    @Test
    void refusesAShortOrMalformedKeyInWords() {
        assertThatThrownBy(() -> new PassTokens(Base64.getEncoder().encodeToString(new byte[31])))
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new PassTokens("not base64!")).hasMessageContaining("not base64");
    }
}
