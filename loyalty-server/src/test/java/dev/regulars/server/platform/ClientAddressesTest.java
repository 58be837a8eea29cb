package dev.regulars.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void ipv4AddressesCountOneByOne() {
        assertThat(ClientAddresses.limitKey("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientAddresses.limitKey("192.0.2.8")).isEqualTo("192.0.2.8");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertThat(ClientAddresses.limitKey("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.limitKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.limitKey("[2001:db8:1:3::1]")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientAddresses.limitKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    }
}
