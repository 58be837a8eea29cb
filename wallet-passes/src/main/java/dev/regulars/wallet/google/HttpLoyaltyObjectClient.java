package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link LoyaltyObjectClient} over the Wallet REST API: {@code PATCH} or {@code PUT
 * {api}/loyaltyObject/{id}} with {@code Authorization: Bearer <access token>}. A 401 (a token revoked or expired
 * early) gets one retry with a fresh token. Thread-safe.
 */
public final class HttpLoyaltyObjectClient implements LoyaltyObjectClient {

    /** The Wallet API's base. */
    public static final URI GOOGLE_API = URI.create("https://walletobjects.googleapis.com/walletobjects/v1");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI api;
    private final GoogleAccessTokens tokens;
    private final HttpClient http;

    /** @param api {@link #GOOGLE_API}, or a test server's base */
    public HttpLoyaltyObjectClient(URI api, GoogleAccessTokens tokens, HttpClient http) {
        this.api = api;
        this.tokens = tokens;
        this.http = http;
    }

    @Override
    public UpdateResult patch(String objectId, ObjectNode fields) {
        return send("PATCH", objectId, fields);
    }

    @Override
    public UpdateResult update(GoogleLoyaltyObject object) {
        return send("PUT", object.id(), object.toJson());
    }

    private UpdateResult send(String method, String objectId, ObjectNode body) {
        URI uri = URI.create(api + "/loyaltyObject/" + URLEncoder.encode(objectId, StandardCharsets.UTF_8));
        String json = body.toString();
        try {
            HttpResponse<String> response = once(method, uri, json);
            if (response.statusCode() == 401) {
                tokens.invalidate();
                response = once(method, uri, json);
            }
            return result(response);
        } catch (GoogleWalletException e) {
            return new UpdateResult(e.status() == 0 || e.status() >= 500 ? UpdateResult.Outcome.RETRY_LATER
                    : UpdateResult.Outcome.REJECTED, e.status(), e.getMessage());
        } catch (IOException e) {
            return new UpdateResult(UpdateResult.Outcome.RETRY_LATER, 0, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new UpdateResult(UpdateResult.Outcome.RETRY_LATER, 0, "interrupted");
        }
    }

    private HttpResponse<String> once(String method, URI uri, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("authorization", "Bearer " + tokens.current())
                .header("content-type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static UpdateResult result(HttpResponse<String> response) {
        int status = response.statusCode();
        UpdateResult.Outcome outcome;
        if (status == 200) {
            outcome = UpdateResult.Outcome.UPDATED;
        } else if (status == 404) {
            outcome = UpdateResult.Outcome.NOT_FOUND;
        } else if (status == 429 || status >= 500) {
            outcome = UpdateResult.Outcome.RETRY_LATER;
        } else {
            outcome = UpdateResult.Outcome.REJECTED;
        }
        return new UpdateResult(outcome, status, status == 200 ? "" : message(response.body()));
    }

    private static String message(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node == null ? "" : node.path("error").path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }
}
