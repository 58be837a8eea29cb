package dev.regulars.server.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every REST resource of the server lives under /api. */
@ApplicationPath("/api")
public class RegularsApplication extends Application {

    /**
     * JSON-B off: the sync protocol is read and written by loyalty-core's Jackson mapper (JacksonJsonProvider),
     * which refuses unknown fields; Payara's JSON-B would otherwise take the body first and ignore them.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonb", true);
    }
}
