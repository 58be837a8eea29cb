package dev.regulars.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.10 ,2001:db8:aa::/48");

    private static String client(TrustedProxies proxies, String peer, String... headers) {
        return proxies.client(peer, Collections.enumeration(List.of(headers)));
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostAddressThatIsNoProxy() {
        assertThat(client(PROXIES, "10.1.2.3", "198.51.100.7")).isEqualTo("198.51.100.7");
        // the left part is whatever the client sent: a forged address there changes nothing
        assertThat(client(PROXIES, "10.1.2.3", "6.6.6.6, 198.51.100.7, 10.9.9.9")).isEqualTo("198.51.100.7");
        assertThat(client(PROXIES, "192.0.2.10", "1.1.1.1", "203.0.113.5 , 10.0.0.1")).isEqualTo("203.0.113.5");
        assertThat(client(PROXIES, "2001:db8:aa:1::5", "2001:db8:ff::9")).isEqualTo("2001:db8:ff::9");
        assertThat(client(PROXIES, "[2001:db8:aa::1]", "198.51.100.8")).isEqualTo("198.51.100.8");
    }

    @Test
    void fromAnyOtherPeerTheHeaderIsIgnored() {
        assertThat(client(PROXIES, "198.51.100.7", "1.2.3.4")).isEqualTo("198.51.100.7");
        assertThat(client(PROXIES, "192.0.2.11", "1.2.3.4")).isEqualTo("192.0.2.11");
        assertThat(client(PROXIES, "2001:db8:ab::1", "1.2.3.4")).isEqualTo("2001:db8:ab::1");
        assertThat(client(TrustedProxies.parse(""), "10.0.0.1", "1.2.3.4")).isEqualTo("10.0.0.1");
        assertThat(client(TrustedProxies.parse(null), "10.0.0.1", "1.2.3.4")).isEqualTo("10.0.0.1");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertThat(client(PROXIES, "10.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(PROXIES.client("10.0.0.1", null)).isEqualTo("10.0.0.1");
        assertThat(client(PROXIES, "10.0.0.1", "10.0.0.2")).isEqualTo("10.0.0.2");
    }

    @Test
    void namesAreNeverLookedUpAndBadEntriesAreRefused() {
        assertThat(PROXIES.trusts("localhost")).isFalse();
        assertThat(PROXIES.trusts("zz:1")).isFalse();
        assertThat(PROXIES.trusts("10.0.0.256")).isFalse();
        assertThat(ClientAddresses.limitKey("zz:1")).isEqualTo("zz:1");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("proxy.example");
    }
}
