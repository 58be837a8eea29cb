package dev.regulars.wallet.apple.push;

import java.net.URI;

/**
 * Where APNs listens (Apple, "Sending notification requests to APNs"): production {@code api.push.apple.com:443},
 * the development sandbox, or a test server. Wallet passes are pushed through production whatever the device
 * (Wallet Developer Guide, "Updating a Pass").
 *
 * @param base scheme, host and port, without a path
 */
public record ApnsEndpoint(URI base) {

    /** Apple's production server, the one Wallet passes use. */
    public static final ApnsEndpoint PRODUCTION = new ApnsEndpoint(URI.create("https://api.push.apple.com:443"));
    /** Apple's development server. */
    public static final ApnsEndpoint SANDBOX = new ApnsEndpoint(URI.create("https://api.sandbox.push.apple.com:443"));

    /** @throws IllegalArgumentException when the URI is not https or has a path */
    public ApnsEndpoint {
        if (!"https".equals(base.getScheme()) || base.getHost() == null
                || (base.getRawPath() != null && !base.getRawPath().isEmpty() && !"/".equals(base.getRawPath()))) {
            throw new IllegalArgumentException("an APNs endpoint is https://host:port, not " + base);
        }
    }

    /**
     * The request URI for one device, {@code {base}/3/device/{pushToken}}.
     *
     * @throws IllegalArgumentException when the push token is not hex (it comes from a device's registration)
     */
    public URI device(String pushToken) {
        if (!pushToken.matches("[0-9a-fA-F]{16,200}")) {
            throw new IllegalArgumentException("a push token is hex digits");
        }
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + "3/device/" + pushToken);
    }
}
