package dev.regulars.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo's SMS gateway prints what the server sends in its default body. */
class DemoSmsCatcherTest {

    @Test
    void printsEachSmsOnOneLineAndRefusesWhatIsNotOne() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DemoSmsCatcher catcher = DemoSmsCatcher.start(new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(catcher.url())).POST(HttpRequest.BodyPublishers
                    .ofString("{\"to\":\"+31612345678\",\"text\":\"123456 is your code for \\\"Caf\\u00e9\\\"\\nbye\","
                            + "\"reference\":\"7\"}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(catcher.url())).POST(HttpRequest.BodyPublishers
                    .ofString("hello")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("[demo SMS to +31612345678] 123456 is your code for \"Café\" bye" + System.lineSeparator());
    }
}
