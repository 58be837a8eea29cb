package dev.regulars.server.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client of a request, for per-address rate limits: the direct peer, or behind a trusted load balancer or
 * reverse proxy ({@code regulars.trusted-proxies}, docs/OPERATIONS.md) the address it reports in X-Forwarded-For
 * (TrustedProxies); counted by ClientAddresses' key (IPv6 per /64). Without the setting every customer behind a proxy
 * would share the proxy's one counter.
 */
@ApplicationScoped
public class ClientAddressReader {

    private static final Logger LOG = Logger.getLogger(ClientAddressReader.class.getName());

    @Inject
    @ConfigProperty(name = "regulars.trusted-proxies")
    Optional<String> setting;

    private TrustedProxies proxies = TrustedProxies.NONE;

    @PostConstruct
    void read() {
        try {
            proxies = TrustedProxies.parse(setting.orElse(""));
        } catch (IllegalArgumentException e) {
            // a typo must not stop the pages: the limits then count by the direct peer, as without the setting
            LOG.log(Level.SEVERE, "regulars.trusted-proxies is ignored, {0}", e.getMessage());
        }
    }

    /** The key the request's client counts under in a per-address limit ("192.0.2.7", "2001:db8:1:2::/64"). */
    public String limitKey(HttpServletRequest request) {
        return ClientAddresses.limitKey(proxies.client(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For")));
    }
}
