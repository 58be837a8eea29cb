package dev.regulars.wallet.apple.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.wallet.TestPki;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApnsCertificateAuthTest {

    private static final String DEVICE = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private ApnsTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApnsTestServer(true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void pushes_with_the_pass_type_certificate_as_tls_client_certificate() throws Exception {
        TestPki pki = TestPki.get();
        ApnsClient client = ApnsClient.withCertificate(server.endpoint(), ApnsTls.clientCertificate(
                pki.passRsaKeys.getPrivate(), List.of(pki.passRsa, pki.wwdr), pki.trustStore()));

        PushResult result = client.push(DEVICE, TestPki.PASS_TYPE_ID);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.DELIVERED);
        ApnsTestServer.Recorded push = server.requests.get(0);
        assertThat(push.clientSubject()).contains(TestPki.PASS_TYPE_ID);
        assertThat(push.headers()).doesNotContainKey("authorization");
        assertThat(push.httpVersion()).isEqualTo("HTTP/2.0");
        assertThat(push.headers()).containsEntry("apns-topic", TestPki.PASS_TYPE_ID);
    }

    @Test
    void without_the_certificate_the_server_refuses_the_connection() throws Exception {
        ApnsClient client = ApnsClient.withCertificate(server.endpoint(),
                ApnsTls.serverTrust(TestPki.get().trustStore()));

        PushResult result = client.push(DEVICE, TestPki.PASS_TYPE_ID);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.UNREACHABLE);
        assertThat(server.requests).isEmpty();
    }
}
