package dev.regulars.server.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every REST resource of the server lives under /api. */
@ApplicationPath("/api")
public class RegularsApplication extends Application {

    /**
     * JSON-B and auto-discovered JSON features off: the sync protocol is read and written only by loyalty-core's
     * Jackson mapper (JacksonJsonProvider), which refuses unknown fields. Otherwise Payara's JSON-B, or Payara's
     * own Jackson (which does not see the WAR's Jackson annotations), may take a body first.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonb", true,
                "jersey.config.server.disableAutoDiscovery", true,
                "jersey.config.disableJsonProcessing", true);
    }
}
