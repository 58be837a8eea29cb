package dev.regulars.wallet.apple.push;

import dev.regulars.wallet.TestPki;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A stand-in for APNs: Jetty's HTTP/2 server over TLS (ALPN h2) on a free localhost port, with a certificate from
 * the test hierarchy, optionally demanding a client certificate. It records every request and answers each push
 * token with the reply set for it (200 and an apns-id by default).
 */
public final class ApnsTestServer implements AutoCloseable {

    /** One request as the server saw it; header names in lower case. */
    public record Recorded(String method, String path, String httpVersion, Map<String, String> headers, String body,
            String clientSubject, String connectionId) {
    }

    /** What to answer. */
    public record Reply(int status, String body) {
    }

    public final List<Recorded> requests = new CopyOnWriteArrayList<>();
    public final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Server server = new Server();
    private final ServerConnector connector;

    public ApnsTestServer(boolean needClientCertificate) throws Exception {
        TestPki pki = TestPki.get();
        char[] password = "test".toCharArray();
        KeyStore keys = TestPki.keyStore(pki.serverKeys.getPrivate(), password, pki.server, pki.root);

        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys);
        tls.setKeyStorePassword("test");
        tls.setCipherComparator(HTTP2Cipher.COMPARATOR);
        if (needClientCertificate) {
            tls.setTrustStore(pki.trustStore());
            tls.setNeedClientAuth(true);
        }
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new SecureRequestCustomizer());
        HttpConnectionFactory http11 = new HttpConnectionFactory(config);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(http11.getProtocol());
        connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http11);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                record(request);
                String path = request.getHttpURI().getPath();
                Reply reply = replies.getOrDefault(path.substring(path.lastIndexOf('/') + 1), new Reply(200, ""));
                response.setStatus(reply.status());
                response.getHeaders().put("apns-id", UUID.randomUUID().toString());
                if (reply.body().isEmpty()) {
                    callback.succeeded();
                } else {
                    response.getHeaders().put("content-type", "application/json");
                    Content.Sink.write(response, true, reply.body(), callback);
                }
                return true;
            }
        });
        server.start();
    }

    private void record(Request request) throws Exception {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.put(field.getLowerCaseName(), field.getValue());
        }
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        EndPoint.SslSessionData ssl = (EndPoint.SslSessionData) request.getAttribute(
                EndPoint.SslSessionData.ATTRIBUTE);
        String subject = ssl == null || ssl.peerCertificates() == null || ssl.peerCertificates().length == 0
                ? "" : ssl.peerCertificates()[0].getSubjectX500Principal().getName();
        requests.add(new Recorded(request.getMethod(), request.getHttpURI().getPath(),
                request.getConnectionMetaData().getHttpVersion().asString(), headers, body, subject,
                request.getConnectionMetaData().getId()));
    }

    /** https://localhost:port, matching the server certificate's name. */
    public ApnsEndpoint endpoint() {
        return new ApnsEndpoint(URI.create("https://localhost:" + connector.getLocalPort()));
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
