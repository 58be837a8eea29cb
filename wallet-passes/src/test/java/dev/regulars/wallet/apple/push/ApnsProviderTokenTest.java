package dev.regulars.wallet.apple.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.wallet.MutableClock;
import dev.regulars.wallet.TestPki;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApnsProviderTokenTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    private ApnsProviderToken token(Duration refresh) throws Exception {
        return new ApnsProviderToken(TestPki.ec().getPrivate(), "KEY1234567", TestPki.TEAM_ID, clock, refresh);
    }

    @Test
    void keeps_one_token_until_it_is_due_then_makes_a_new_one() throws Exception {
        ApnsProviderToken token = token(ApnsProviderToken.DEFAULT_REFRESH);
        String first = token.current();

        clock.advance(Duration.ofMinutes(49).plusSeconds(59));
        assertThat(token.current()).isSameAs(first);
        clock.advance(Duration.ofSeconds(1));
        String second = token.current();
        assertThat(second).isNotEqualTo(first);
        clock.advance(Duration.ofMinutes(10));
        assertThat(token.current()).isSameAs(second);
    }

    @Test
    void an_expired_answer_remakes_the_token_only_after_twenty_minutes() throws Exception {
        ApnsProviderToken token = token(ApnsProviderToken.DEFAULT_REFRESH);
        String first = token.current();

        clock.advance(Duration.ofMinutes(19));
        token.expired();
        assertThat(token.current()).isSameAs(first);
        clock.advance(Duration.ofMinutes(1));
        token.expired();
        assertThat(token.current()).isNotEqualTo(first);
    }

    @Test
    void a_clock_set_back_gets_a_new_token_rather_than_one_from_the_future() throws Exception {
        ApnsProviderToken token = token(ApnsProviderToken.DEFAULT_REFRESH);
        String first = token.current();
        clock.advance(Duration.ofHours(-2));

        assertThat(token.current()).isNotEqualTo(first);
    }

    @Test
    void refreshes_between_twenty_and_sixty_minutes_only() throws Exception {
        KeyPair key = TestPki.ec();
        assertThatThrownBy(() -> new ApnsProviderToken(key.getPrivate(), "KEY1234567", TestPki.TEAM_ID, clock,
                Duration.ofMinutes(19))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApnsProviderToken(key.getPrivate(), "KEY1234567", TestPki.TEAM_ID, clock,
                Duration.ofMinutes(60))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApnsProviderToken(TestPki.rsa().getPrivate(), "KEY1234567", TestPki.TEAM_ID,
                clock, Duration.ofMinutes(50))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_the_p8_key_apple_gives() throws Exception {
        KeyPair key = TestPki.ec();
        String p8 = TestPki.pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key.getPrivate(), null));

        assertThat(p8).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(ApnsProviderToken.fromP8(p8, "KEY1234567", TestPki.TEAM_ID, clock).current()).contains(".");
    }
}
