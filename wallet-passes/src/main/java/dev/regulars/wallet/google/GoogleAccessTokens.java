package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.wallet.crypto.CompactJws;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth access tokens for the Google Wallet API, from the service account's key by the JWT bearer grant (RFC 7523;
 * Google, "Using OAuth 2.0 for Server to Server Applications"): an RS256 assertion with {@code iss} = the account,
 * {@code scope} = {@value #SCOPE}, {@code aud} = the token endpoint, {@code iat} and {@code exp} an hour later,
 * posted as {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=...}. A token is reused until
 * five minutes before it expires. Thread-safe.
 */
public final class GoogleAccessTokens {

    /** The Wallet API's scope. */
    public static final String SCOPE = "https://www.googleapis.com/auth/wallet_object.issuer";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ServiceAccountKey key;
    private final URI tokenEndpoint;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    /** @param tokenEndpoint usually {@link ServiceAccountKey#tokenUri()}; a test server in tests */
    public GoogleAccessTokens(ServiceAccountKey key, URI tokenEndpoint, HttpClient http, Clock clock) {
        this.key = key;
        this.tokenEndpoint = tokenEndpoint;
        this.http = http;
        this.clock = clock;
    }

    /**
     * A valid access token, fetched when there is none or it is about to expire.
     *
     * @throws GoogleWalletException when the endpoint cannot be reached or refuses the assertion
     */
    public synchronized String current() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            fetch(now);
        }
        return token;
    }

    /** Forgets the token (after the API answered 401), so the next call fetches a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch(Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", key.clientEmail());
        claims.put("scope", SCOPE);
        claims.put("aud", tokenEndpoint.toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ASSERTION_LIFETIME).getEpochSecond());
        Map<String, Object> header = key.privateKeyId().isEmpty() ? Map.of() : Map.of("kid", key.privateKeyId());
        String assertion = CompactJws.sign(CompactJws.Algorithm.RS256, header, claims, key.privateKey());
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer",
                StandardCharsets.UTF_8) + "&assertion=" + assertion;
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GoogleWalletException(0, "token endpoint unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoogleWalletException(0, "interrupted while fetching a token", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
            throw new GoogleWalletException(response.statusCode(), "token endpoint refused the assertion: "
                    + body.path("error").asText("") + " " + body.path("error_description").asText(""), null);
        }
        token = body.get("access_token").asText();
        long lifetime = body.path("expires_in").asLong(3600);
        renewAt = now.plusSeconds(lifetime).minus(MARGIN);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
