package dev.regulars.server.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a per-address rate limit counts under: an IPv4 address as it is; an IPv6 address by its /64 prefix, since
 * one subscriber usually holds a whole /64 and could otherwise take a fresh address for every try.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    /**
     * @param remoteAddress the request's remote address, a literal IPv4 or IPv6 address (never a host name: no lookup)
     * @return "192.0.2.7", or the /64 as "2001:db8:1:2::/64"; anything unparsable is returned as given
     */
    public static String limitKey(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return remoteAddress;
        }
        try {
            String literal = remoteAddress.startsWith("[") ? remoteAddress.substring(1, remoteAddress.length() - 1)
                    : remoteAddress;
            int zone = literal.indexOf('%');
            InetAddress address = InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone));
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix + ":/64";
        } catch (UnknownHostException | RuntimeException e) {
            return remoteAddress;
        }
    }
}
