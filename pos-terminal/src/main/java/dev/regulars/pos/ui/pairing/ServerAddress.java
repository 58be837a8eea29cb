package dev.regulars.pos.ui.pairing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The server's address as a person types it on the pairing screen or in {@code --server}: with or without
 * {@code http://} / {@code https://}. Without a scheme the till assumes https, and http for a server in the shop's
 * own network (localhost, a private or link-local IP address, a one-word or {@code .local} host name), where a
 * server on a laptop or a box in the back office rarely has a certificate. The host is never looked up here.
 */
public final class ServerAddress {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");

    /** Why a typed address is not a server's: a key of the till's bundles and the value its words name. */
    public record Problem(String key, String value) {
    }

    /** The address as the till uses it, or the problem with it; exactly one of the two is set. */
    public record Parsed(String url, Problem problem) {
    }

    private ServerAddress() {
    }

    /**
     * @param typed the address as typed, stripped of spaces around it
     * @return the URL with its scheme (no trailing slash), or why it is not an address: {@code pairing.noUrl}
     *     (nothing typed), {@code pairing.badScheme} (a scheme other than http or https),
     *     {@code pairing.notAnAddress} (no host, or characters an address cannot have)
     */
    public static Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Parsed(null, new Problem("pairing.noUrl", ""));
        }
        String url = SCHEME.matcher(text).find() ? text : assumedScheme(text) + "://" + text;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new Parsed(null, new Problem("pairing.badScheme", uri.getScheme()));
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return new Parsed(null, new Problem("pairing.notAnAddress", text));
            }
            return new Parsed(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, null);
        } catch (URISyntaxException e) {
            return new Parsed(null, new Problem("pairing.notAnAddress", text));
        }
    }

    /** http for a host in the shop's own network, https for any other. */
    static String assumedScheme(String withoutScheme) {
        return isLocal(host(withoutScheme)) ? "http" : "https";
    }

    /** The host of {@code host[:port][/path]}, an IPv6 literal without its brackets. */
    private static String host(String withoutScheme) {
        String authority = withoutScheme.split("[/?#]", 2)[0];
        int at = authority.lastIndexOf('@');
        authority = authority.substring(at + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? authority.substring(1) : authority.substring(1, close);
        }
        int colon = authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    static boolean isLocal(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")) {
            return true;
        }
        if (host.contains(":")) {
            // IPv6: loopback, unique local (fc00::/7), link-local (fe80::/10)
            return host.equals("::1") || host.startsWith("fc") || host.startsWith("fd") || host.startsWith("fe8")
                    || host.startsWith("fe9") || host.startsWith("fea") || host.startsWith("feb");
        }
        var ip = IPV4.matcher(host);
        if (ip.matches()) {
            int a = Integer.parseInt(ip.group(1));
            int b = Integer.parseInt(ip.group(2));
            return a == 10 || a == 127 || a == 192 && b == 168 || a == 172 && b >= 16 && b <= 31
                    || a == 169 && b == 254;
        }
        // a name without a dot is a machine of the local network (a name on the internet has a domain)
        return !host.contains(".");
    }
}
