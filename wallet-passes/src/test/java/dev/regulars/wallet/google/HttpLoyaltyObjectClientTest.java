package dev.regulars.wallet.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.regulars.wallet.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a local HTTP server that plays both Google's token endpoint (checking the JWT bearer grant and its
 * signature) and the Wallet API (recording what reaches it).
 */
class HttpLoyaltyObjectClientTest {

    private static final String OBJECT_ID = GoogleFixtures.ISSUER + ".0f3c2a9e-5d41-4c8b-9a77-1b2c3d4e5f60";

    private record Recorded(String method, String path, String authorization, String contentType, JsonNode body) {
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final List<Recorded> apiRequests = new CopyOnWriteArrayList<>();
    private final List<String> tokenProblems = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Map<String, Integer> apiStatuses = new HashMap<>();
    private HttpServer server;
    private HttpLoyaltyObjectClient client;
    private URI tokenUri;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/walletobjects/v1/loyaltyObject/", this::api);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        tokenUri = URI.create(base + "/token");
        GoogleAccessTokens tokens = new GoogleAccessTokens(GoogleFixtures.key(tokenUri), tokenUri,
                HttpClient.newHttpClient(), clock);
        client = new HttpLoyaltyObjectClient(URI.create(base + "/walletobjects/v1"), tokens,
                HttpClient.newHttpClient());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String problem = grantProblem(exchange, form);
            if (problem != null) {
                tokenProblems.add(problem);
                reply(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"" + problem + "\"}");
                return;
            }
            reply(exchange, 200, "{\"access_token\":\"ya29.test-" + tokensIssued.incrementAndGet()
                    + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
        }
    }

    private String grantProblem(HttpExchange exchange, Map<String, String> form) {
        if (!exchange.getRequestMethod().equals("POST")) {
            return "method " + exchange.getRequestMethod();
        }
        if (!"application/x-www-form-urlencoded".equals(exchange.getRequestHeaders().getFirst("content-type"))) {
            return "content type";
        }
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))) {
            return "grant type " + form.get("grant_type");
        }
        try {
            JsonNode claims = GoogleFixtures.verifiedJwt(form.get("assertion"), GoogleFixtures.keys().getPublic())[1];
            boolean ok = claims.get("iss").asText().equals(GoogleFixtures.EMAIL)
                    && claims.get("scope").asText().equals(GoogleAccessTokens.SCOPE)
                    && claims.get("aud").asText().equals(tokenUri.toString())
                    && claims.get("iat").asLong() == clock.instant().getEpochSecond()
                    && claims.get("exp").asLong() - claims.get("iat").asLong() == 3600;
            return ok ? null : "claims " + claims;
        } catch (Exception | AssertionError e) {
            return "assertion " + e.getMessage();
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            apiRequests.add(new Recorded(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("authorization"),
                    exchange.getRequestHeaders().getFirst("content-type"), GoogleFixtures.JSON.readTree(body)));
            int status = apiStatuses.getOrDefault(exchange.getRequestHeaders().getFirst("authorization"), 200);
            reply(exchange, status, status == 200 ? new String(body, StandardCharsets.UTF_8)
                    : "{\"error\":{\"code\":" + status + ",\"message\":\"said no\"}}");
        }
    }

    @Test
    void patches_the_balance_with_a_bearer_token_from_the_jwt_grant() {
        LoyaltyObjectClient.UpdateResult result = client.patchBalance(OBJECT_ID, 1300, "Points", true);

        assertThat(tokenProblems).isEmpty();
        assertThat(result.outcome()).isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.UPDATED);
        Recorded patch = apiRequests.get(0);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.path()).isEqualTo("/walletobjects/v1/loyaltyObject/" + OBJECT_ID);
        assertThat(patch.authorization()).isEqualTo("Bearer ya29.test-1");
        assertThat(patch.contentType()).startsWith("application/json");
        assertThat(patch.body().at("/loyaltyPoints/balance/int").asInt()).isEqualTo(1300);
        assertThat(patch.body().get("notifyPreference").asText()).isEqualTo("NOTIFY_ON_UPDATE");
    }

    @Test
    void reuses_the_token_until_five_minutes_before_it_expires() {
        client.patchBalance(OBJECT_ID, 1, "Points", false);
        clock.advance(Duration.ofMinutes(54));
        client.patchBalance(OBJECT_ID, 2, "Points", false);
        clock.advance(Duration.ofMinutes(1));
        client.patchBalance(OBJECT_ID, 3, "Points", false);

        assertThat(tokenProblems).isEmpty();
        assertThat(apiRequests).extracting(Recorded::authorization)
                .containsExactly("Bearer ya29.test-1", "Bearer ya29.test-1", "Bearer ya29.test-2");
        assertThat(apiRequests.get(0).body().has("notifyPreference")).isFalse();
    }

    @Test
    void a_401_gets_one_retry_with_a_new_token() {
        apiStatuses.put("Bearer ya29.test-1", 401);

        LoyaltyObjectClient.UpdateResult result = client.patchBalance(OBJECT_ID, 5, "Points", false);

        assertThat(result.outcome()).isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.UPDATED);
        assertThat(apiRequests).extracting(Recorded::authorization)
                .containsExactly("Bearer ya29.test-1", "Bearer ya29.test-2");
    }

    @Test
    void puts_a_whole_object() {
        LoyaltyObjectClient.UpdateResult result = client.update(GoogleFixtures.loyaltyObject(77));

        assertThat(result.outcome()).isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.UPDATED);
        assertThat(apiRequests.get(0).method()).isEqualTo("PUT");
        assertThat(apiRequests.get(0).body()).isEqualTo(GoogleFixtures.loyaltyObject(77).toJson());
    }

    @Test
    void maps_refusals_to_what_the_caller_should_do() {
        apiStatuses.put("Bearer ya29.test-1", 404);
        assertThat(client.patchBalance(OBJECT_ID, 1, "Points", false).outcome())
                .isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.NOT_FOUND);
        apiStatuses.put("Bearer ya29.test-1", 503);
        assertThat(client.patchBalance(OBJECT_ID, 1, "Points", false).outcome())
                .isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.RETRY_LATER);
        apiStatuses.put("Bearer ya29.test-1", 429);
        assertThat(client.patchBalance(OBJECT_ID, 1, "Points", false).outcome())
                .isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.RETRY_LATER);
        apiStatuses.put("Bearer ya29.test-1", 400);
        LoyaltyObjectClient.UpdateResult bad = client.patchBalance(OBJECT_ID, 1, "Points", false);
        assertThat(bad.outcome()).isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.REJECTED);
        assertThat(bad.message()).isEqualTo("said no");
    }

    @Test
    void a_token_endpoint_that_refuses_is_a_rejected_update_and_none_reaches_the_api() throws Exception {
        GoogleAccessTokens wrongAudience = new GoogleAccessTokens(GoogleFixtures.key(tokenUri),
                URI.create(tokenUri + "?elsewhere"), HttpClient.newHttpClient(), clock);
        HttpLoyaltyObjectClient refused = new HttpLoyaltyObjectClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/walletobjects/v1"),
                wrongAudience, HttpClient.newHttpClient());

        LoyaltyObjectClient.UpdateResult result = refused.patchBalance(OBJECT_ID, 1, "Points", false);

        assertThat(result.outcome()).isEqualTo(LoyaltyObjectClient.UpdateResult.Outcome.REJECTED);
        assertThat(result.status()).isEqualTo(400);
        assertThat(tokenProblems).hasSize(1);
        assertThat(apiRequests).isEmpty();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
