package dev.regulars.wallet.apple.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PassKitBodiesTest {

    @Test
    void reads_the_push_token_of_a_registration() {
        String token = "a1b2c3d4e5f60718293a4b5c6d7e8f90".repeat(2);
        assertThat(PassKitBodies.pushToken(bytes("{\"pushToken\":\"" + token + "\"}"))).isEqualTo(token);
        // Apple: tokens are of variable length, do not hard-code their size
        String longer = "a1b2c3d4e5f60718293a4b5c6d7e8f90".repeat(3);
        assertThat(PassKitBodies.pushToken(bytes("{\"pushToken\":\"" + longer + "\"}"))).isEqualTo(longer);
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("{\"pushToken\":\"a1b2c3d4e5f\"}")))
                .hasMessageContaining("whole bytes in hex");
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("{\"pushToken\":\"" + "ab".repeat(101) + "\"}")))
                .hasMessageContaining("64 to 200 digits, not 202");
        // one or two bytes are no token APNs gives (32 bytes today)
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("{\"pushToken\":\"aa\"}")))
                .hasMessageContaining("64 to 200 digits, not 2");
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("{\"pushToken\":\"" + "ab".repeat(31) + "\"}")))
                .hasMessageContaining("not 62");
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("{\"pushToken\":\"../../etc/passwd\"}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("[]"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassKitBodies.pushToken(bytes("{"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_bad_body_is_told_in_words_without_the_parsers_internals() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> PassKitBodies.logs(bytes(deep))).hasMessage(
                "the body is nested too deeply or too long to read");
        assertThatThrownBy(() -> PassKitBodies.logs(bytes("{\"logs\": [tru"))).hasMessage("the body is not valid JSON");
    }

    @Test
    void reads_the_log_messages() {
        assertThat(PassKitBodies.logs(bytes("{\"logs\":[\"Web service error\",\"second\"]}")))
                .containsExactly("Web service error", "second");
        assertThatThrownBy(() -> PassKitBodies.logs(bytes("{\"log\":\"x\"}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
