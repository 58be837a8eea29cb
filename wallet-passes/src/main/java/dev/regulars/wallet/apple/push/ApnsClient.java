package dev.regulars.wallet.apple.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLContext;

/**
 * Tells a device that one of its passes changed, through APNs over HTTP/2 (Wallet Developer Guide, "Updating a
 * Pass"; Apple, "Sending notification requests to APNs"): {@code POST {endpoint}/3/device/{pushToken}} with the
 * empty JSON payload {@code {}} and {@code apns-topic} = the Pass Type ID. The device then asks the PassKit web
 * service what changed. Authenticates with a provider token (JWT) or with the Pass Type ID certificate as TLS
 * client certificate. One client keeps one HTTP/2 connection and sends pushes on it side by side, as APNs asks.
 * Thread-safe.
 */
public final class ApnsClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ApnsEndpoint endpoint;
    private final ApnsProviderToken providerToken;
    private final HttpClient http;

    private ApnsClient(ApnsEndpoint endpoint, ApnsProviderToken providerToken, SSLContext tls) {
        this.endpoint = endpoint;
        this.providerToken = providerToken;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(tls)
                .connectTimeout(TIMEOUT).build();
    }

    /**
     * Token-based authentication.
     *
     * @param tls the TLS context; {@link ApnsTls#serverTrust(java.security.KeyStore)} of {@code null} (the JDK's
     *     trusted roots) for Apple's servers, or one trusting a test server
     */
    public static ApnsClient withToken(ApnsEndpoint endpoint, ApnsProviderToken token, SSLContext tls) {
        return new ApnsClient(endpoint, token, tls);
    }

    /**
     * Certificate-based authentication: the Pass Type ID certificate and key are in the TLS context
     * ({@link ApnsTls#clientCertificate}).
     */
    public static ApnsClient withCertificate(ApnsEndpoint endpoint, SSLContext tlsWithClientCertificate) {
        return new ApnsClient(endpoint, null, tlsWithClientCertificate);
    }

    /**
     * Pushes the "pass changed" notification to one device.
     *
     * @param pushToken the token the device sent when it registered (hex)
     * @param passTypeIdentifier the pass's Pass Type ID, the APNs topic
     * @return the answer; never fails: a network error is an {@link PushResult.Outcome#UNREACHABLE} result
     * @throws IllegalArgumentException when the push token is not hex
     */
    public CompletableFuture<PushResult> pushAsync(String pushToken, String passTypeIdentifier) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.device(pushToken))
                .timeout(TIMEOUT)
                .header("apns-topic", passTypeIdentifier)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (providerToken != null) {
            request.header("authorization", "bearer " + providerToken.current());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(this::result)
                .exceptionally(ApnsClient::unreachable);
    }

    /** {@link #pushAsync} waited for. */
    public PushResult push(String pushToken, String passTypeIdentifier) {
        return pushAsync(pushToken, passTypeIdentifier).join();
    }

    private PushResult result(HttpResponse<String> response) {
        int status = response.statusCode();
        String apnsId = response.headers().firstValue("apns-id").orElse("");
        JsonNode body = parse(response.body());
        String reason = body.path("reason").asText("");
        Optional<Instant> at = body.path("timestamp").isNumber()
                ? Optional.of(Instant.ofEpochMilli(body.get("timestamp").asLong())) : Optional.empty();
        if (status == 403 && "ExpiredProviderToken".equals(reason) && providerToken != null) {
            providerToken.expired();
        }
        return new PushResult(PushResult.outcomeOf(status), status, reason, apnsId, at);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static PushResult unreachable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return new PushResult(PushResult.Outcome.UNREACHABLE, 0, String.valueOf(cause), "", Optional.empty());
    }
}
