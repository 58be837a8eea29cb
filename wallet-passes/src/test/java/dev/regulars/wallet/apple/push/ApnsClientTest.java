package dev.regulars.wallet.apple.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.wallet.MutableClock;
import dev.regulars.wallet.TestPki;
import java.net.URI;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApnsClientTest {

    private static final String TOPIC = TestPki.PASS_TYPE_ID;
    private static final String DEVICE = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private KeyPair apnsKey;
    private ApnsTestServer server;

    @BeforeEach
    void start() throws Exception {
        apnsKey = TestPki.ec();
        server = new ApnsTestServer(false);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ApnsClient tokenClient(ApnsProviderToken token) throws Exception {
        return ApnsClient.withToken(server.endpoint(), token, ApnsTls.serverTrust(TestPki.get().trustStore()));
    }

    private ApnsProviderToken token() {
        return new ApnsProviderToken(apnsKey.getPrivate(), "KEY1234567", TestPki.TEAM_ID, clock,
                ApnsProviderToken.DEFAULT_REFRESH);
    }

    @Test
    void posts_an_empty_payload_over_http2_to_the_device_with_the_pass_type_as_topic() throws Exception {
        PushResult result = tokenClient(token()).push(DEVICE, TOPIC);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.DELIVERED);
        assertThat(result.apnsId()).isNotEmpty();
        ApnsTestServer.Recorded push = server.requests.get(0);
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.path()).isEqualTo("/3/device/" + DEVICE);
        assertThat(push.httpVersion()).isEqualTo("HTTP/2.0");
        assertThat(push.headers()).containsEntry("apns-topic", TOPIC);
        assertThat(push.body()).isEqualTo("{}");
    }

    @Test
    void signs_an_es256_provider_token_apns_can_verify_and_reuses_it() throws Exception {
        ApnsClient client = tokenClient(token());
        client.push(DEVICE, TOPIC);
        clock.advance(Duration.ofMinutes(30));
        client.push(DEVICE, TOPIC);

        String first = bearer(server.requests.get(0));
        assertThat(bearer(server.requests.get(1))).isEqualTo(first);
        String[] parts = first.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("kid").asText()).isEqualTo("KEY1234567");
        assertThat(claims.get("iss").asText()).isEqualTo(TestPki.TEAM_ID);
        assertThat(claims.get("iat").asLong()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z").getEpochSecond());
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        assertThat(signature).hasSize(64);
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(apnsKey.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void maps_each_answer_to_what_the_caller_should_do() throws Exception {
        String gone = "b".repeat(64);
        String bad = "c".repeat(64);
        String busy = "d".repeat(64);
        String down = "e".repeat(64);
        String refused = "f".repeat(64);
        server.replies.put(gone, new ApnsTestServer.Reply(410,
                "{\"reason\":\"Unregistered\",\"timestamp\":1764493200000}"));
        server.replies.put(bad, new ApnsTestServer.Reply(400, "{\"reason\":\"BadDeviceToken\"}"));
        server.replies.put(busy, new ApnsTestServer.Reply(429, "{\"reason\":\"TooManyRequests\"}"));
        server.replies.put(down, new ApnsTestServer.Reply(503, "{\"reason\":\"ServiceUnavailable\"}"));
        server.replies.put(refused, new ApnsTestServer.Reply(403, "{\"reason\":\"InvalidProviderToken\"}"));
        ApnsClient client = tokenClient(token());

        PushResult unregistered = client.push(gone, TOPIC);
        assertThat(unregistered.outcome()).isEqualTo(PushResult.Outcome.UNREGISTERED);
        assertThat(unregistered.dropRegistration()).isTrue();
        assertThat(unregistered.unregisteredAt()).contains(Instant.ofEpochMilli(1764493200000L));

        PushResult badToken = client.push(bad, TOPIC);
        assertThat(badToken.outcome()).isEqualTo(PushResult.Outcome.BAD_REQUEST);
        assertThat(badToken.reason()).isEqualTo("BadDeviceToken");
        assertThat(badToken.dropRegistration()).isTrue();
        assertThat(badToken.retryLater()).isFalse();

        PushResult tooMany = client.push(busy, TOPIC);
        assertThat(tooMany.outcome()).isEqualTo(PushResult.Outcome.TOO_MANY_REQUESTS);
        assertThat(tooMany.retryLater()).isTrue();
        assertThat(tooMany.dropRegistration()).isFalse();

        PushResult unavailable = client.push(down, TOPIC);
        assertThat(unavailable.outcome()).isEqualTo(PushResult.Outcome.SERVER_ERROR);
        assertThat(unavailable.retryLater()).isTrue();

        PushResult forbidden = client.push(refused, TOPIC);
        assertThat(forbidden.outcome()).isEqualTo(PushResult.Outcome.FORBIDDEN);
        assertThat(forbidden.retryLater()).isFalse();
        assertThat(forbidden.dropRegistration()).isFalse();
    }

    @Test
    void an_expired_provider_token_is_remade_for_the_next_push_once_it_may_be() throws Exception {
        String device = "9".repeat(64);
        server.replies.put(device, new ApnsTestServer.Reply(403, "{\"reason\":\"ExpiredProviderToken\"}"));
        ApnsClient client = tokenClient(token());

        client.push(device, TOPIC);
        clock.advance(Duration.ofMinutes(25));
        client.push(device, TOPIC);
        client.push(DEVICE, TOPIC);

        List<String> tokens = server.requests.stream().map(ApnsClientTest::bearer).toList();
        assertThat(tokens.get(1)).isEqualTo(tokens.get(0));
        assertThat(tokens.get(2)).isNotEqualTo(tokens.get(1));
    }

    @Test
    void sends_many_pushes_side_by_side_on_one_connection() throws Exception {
        ApnsClient client = tokenClient(token());
        client.push(DEVICE, TOPIC);

        List<CompletableFuture<PushResult>> pushes = IntStream.range(0, 40)
                .mapToObj(i -> client.pushAsync(String.format("%064x", i + 1), TOPIC)).toList();

        assertThat(pushes.stream().map(CompletableFuture::join).map(PushResult::outcome))
                .containsOnly(PushResult.Outcome.DELIVERED);
        assertThat(server.requests).hasSize(41);
        assertThat(server.requests.stream().map(ApnsTestServer.Recorded::connectionId).collect(Collectors.toSet()))
                .hasSize(1);
    }

    @Test
    void a_server_that_cannot_be_reached_is_a_result_to_retry() throws Exception {
        ApnsEndpoint closed = server.endpoint();
        server.close();

        PushResult result = ApnsClient.withToken(closed, token(), ApnsTls.serverTrust(TestPki.get().trustStore()))
                .push(DEVICE, TOPIC);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.UNREACHABLE);
        assertThat(result.status()).isZero();
        assertThat(result.retryLater()).isTrue();
    }

    @Test
    void a_server_apple_did_not_sign_is_not_trusted_by_default() {
        PushResult result = ApnsClient.withToken(server.endpoint(), token(), ApnsTls.serverTrust(null))
                .push(DEVICE, TOPIC);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.UNREACHABLE);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void the_endpoint_is_https_host_and_port_and_the_push_token_hex() {
        assertThat(ApnsEndpoint.PRODUCTION.device(DEVICE))
                .isEqualTo(URI.create("https://api.push.apple.com:443/3/device/" + DEVICE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApnsEndpoint.PRODUCTION.device("../../x"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ApnsEndpoint(URI.create("http://localhost:8080"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String bearer(ApnsTestServer.Recorded request) {
        String authorization = request.headers().get("authorization");
        assertThat(authorization).startsWith("bearer ");
        return authorization.substring("bearer ".length());
    }
}
