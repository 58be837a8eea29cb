package dev.regulars.server.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key a per-address rate limit counts under: an IPv4 address as it is; an IPv6 address by its /64 prefix, since
 * one subscriber usually holds a whole /64 and could otherwise take a fresh address for every try.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ClientAddresses() {
    }

    /**
     * @param remoteAddress the request's remote address, a literal IPv4 or IPv6 address (never a host name: no lookup)
     * @return "192.0.2.7", or the /64 as "2001:db8:1:2::/64"; anything unparsable is returned as given
     */
    public static String limitKey(String remoteAddress) {
        Optional<byte[]> bytes = literal(remoteAddress);
        if (bytes.isEmpty()) {
            return remoteAddress;
        }
        byte[] b = bytes.get();
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
        }
        return prefix + ":/64";
    }

    /**
     * The bytes of a literal IPv4 (4 bytes) or IPv6 (16; "[...]" and a zone allowed) address; empty for anything
     * else. Never a DNS lookup: X-Forwarded-For values are whatever a client wrote.
     */
    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        a = zone < 0 ? a : a.substring(0, zone);
        if (IPV4.matcher(a).matches()) {
            byte[] bytes = new byte[4];
            String[] parts = a.split("\\.");
            for (int i = 0; i < 4; i++) {
                int n = Integer.parseInt(parts[i]);
                if (n > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) n;
            }
            return Optional.of(bytes);
        }
        if (!a.contains(":")) {
            return Optional.empty();
        }
        try {
            // in brackets the JDK parses it as an IPv6 literal or fails: it never looks a name up
            byte[] bytes = InetAddress.getByName("[" + a + "]").getAddress();
            return Optional.of(bytes);
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
