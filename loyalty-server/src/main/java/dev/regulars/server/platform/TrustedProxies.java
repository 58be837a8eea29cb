package dev.regulars.server.platform;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The load balancers and reverse proxies in front of the server (setting {@code regulars.trusted-proxies}: addresses
 * or CIDR ranges, IPv4 and IPv6, comma-separated), and the client's address they report. Only when the direct peer
 * is one of them is {@code X-Forwarded-For} read, from the right: the right-most address that is not a trusted proxy
 * is the client (everything left of it the client could have written itself). From any other peer the header is
 * ignored, since anyone can send it. Only literal addresses are parsed: never a DNS lookup.
 */
public final class TrustedProxies {

    /** A range: the network's bytes and how many leading bits must match. */
    private record Range(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** No proxy is trusted: the direct peer is the client. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /**
     * @param setting "10.0.0.5, 192.168.0.0/16, 2001:db8::/32"; blank or null for none
     * @throws IllegalArgumentException naming an entry that is not an address or range
     */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            byte[] network = ClientAddresses.literal(slash < 0 ? e : e.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("not an address or CIDR range: " + e));
            int bits = network.length * 8;
            if (slash >= 0) {
                String prefix = e.substring(slash + 1);
                if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
                    throw new IllegalArgumentException("not a CIDR range: " + e);
                }
                bits = Integer.parseInt(prefix);
            }
            ranges.add(new Range(network, bits));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    /** Whether the literal address is one of the trusted proxies (false for anything that is not an address). */
    public boolean trusts(String address) {
        Optional<byte[]> bytes = ClientAddresses.literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /**
     * @param peer          the direct peer (the request's remote address)
     * @param forwardedFors the values of every X-Forwarded-For header, in order (may be null)
     * @return the client's address: the peer, unless it is trusted and the header names someone beyond it
     */
    public String client(String peer, Enumeration<String> forwardedFors) {
        if (!trusts(peer) || forwardedFors == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        while (forwardedFors.hasMoreElements()) {
            for (String hop : forwardedFors.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!trusts(client)) {
                break;
            }
        }
        return client;
    }
}
