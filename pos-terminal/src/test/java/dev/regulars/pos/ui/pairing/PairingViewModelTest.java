package dev.regulars.pos.ui.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.TillSync;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairingViewModelTest {

    @TempDir
    Path dir;

    @Test
    void checksTheFormBeforeCallingAnyone() {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            AtomicBoolean paired = new AtomicBoolean();
            PairingViewModel model = new PairingViewModel(
                    new TillContext(journal, new TillSync(journal), Clock.systemUTC(), Locale.US, Runnable::run, Runnable::run),
                    () -> paired.set(true));

            model.pair();
            assertThat(model.messageProperty().get()).startsWith("Enter the server's address");

            model.serverUrlProperty().set("ftp://till");
            model.pair();
            assertThat(model.messageProperty().get())
                    .isEqualTo("The till talks to its server over https:// or http://, not ftp://");

            model.serverUrlProperty().set("http://127.0.0.1:8080");
            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo("Enter the pairing code shown in the admin");
            assertThat(paired).isFalse();

            model.serverUrlProperty().set("https://");
            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo("\"https://\" is not an address");
        }
    }

    @Test
    void anAddressTypedWithoutHttpGetsHttpsOrHttpInTheShopsOwnNetwork() {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairingViewModel model = new PairingViewModel(
                    new TillContext(journal, new TillSync(journal), Clock.systemUTC(), Locale.US, Runnable::run,
                            Runnable::run), () -> { });
            String[][] typed = {
                {"shop.example.com:8080", "https://shop.example.com:8080"},
                {" regulars.example.com/ ", "https://regulars.example.com"},
                {"localhost:8080", "http://localhost:8080"},
                {"192.168.1.10:8080", "http://192.168.1.10:8080"},
                {"10.0.0.2", "http://10.0.0.2"},
                {"172.20.1.1:8080", "http://172.20.1.1:8080"},
                {"172.32.1.1", "https://172.32.1.1"},
                {"backoffice:8080", "http://backoffice:8080"},
                {"till-server.local", "http://till-server.local"},
                {"[::1]:8080", "http://[::1]:8080"},
                {"fcbarcelona.example", "https://fcbarcelona.example"},
                {"HTTP://Shop.Example.com", "HTTP://Shop.Example.com"},
            };
            for (String[] address : typed) {
                model.serverUrlProperty().set(address[0]);
                model.pair();
                // the address the till will use is shown, and the next thing missing is the code
                assertThat(model.serverUrlProperty().get()).as(address[0]).isEqualTo(address[1]);
                assertThat(model.messageProperty().get()).isEqualTo("Enter the pairing code shown in the admin");
            }
            model.serverUrlProperty().set("shop example.com");
            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo("\"shop example.com\" is not an address");
        }
    }

    @Test
    void speaksRussianBeforeTheTillKnowsItsStore() {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairingViewModel model = new PairingViewModel(new TillContext(journal, new TillSync(journal),
                    Clock.systemUTC(), Locale.forLanguageTag("ru"), Runnable::run, Runnable::run), () -> { });
            assertThat(model.terminalNameProperty().get()).isEqualTo("Касса 1");

            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo(
                    "Введите адрес сервера, например regulars.example.com или 192.168.1.10:8080");

            model.serverUrlProperty().set("http://127.0.0.1:8080");
            model.terminalNameProperty().set(" ");
            model.codeProperty().set("DEMO-2026");
            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo("Дайте кассе название");
        }
    }

    @Test
    void saysSoWhenTheServerDoesNotAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairingViewModel model = new PairingViewModel(
                    new TillContext(journal, new TillSync(journal), Clock.systemUTC(), Locale.US, Runnable::run, Runnable::run),
                    () -> { });
            model.serverUrlProperty().set("http://127.0.0.1:" + closedPort);
            model.codeProperty().set("DEMO-2026");

            model.pair();

            assertThat(model.messageProperty().get()).isEqualTo("The server at http://127.0.0.1:" + closedPort
                    + " does not answer");
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(journal.identity()).isEmpty();
        }
    }

    @Test
    void saysTheServersKnownRefusalsInTheTillsLanguageAndOthersInTheServersWords() throws Exception {
        String[] answer = {"404", "{\"error\":\"unknown_pairing_code\",\"message\":"
                + "\"This pairing code is not known; check it or make a new one in the admin\"}"};
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/terminals/pair", exchange -> {
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairingViewModel model = new PairingViewModel(new TillContext(journal, new TillSync(journal),
                    Clock.systemUTC(), Locale.forLanguageTag("ru"), Runnable::run, Runnable::run), () -> { });
            model.serverUrlProperty().set("http://127.0.0.1:" + server.getAddress().getPort());
            model.codeProperty().set("NOPE-2026");

            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo(
                    "Такой код подключения неизвестен: проверьте его или создайте новый в админке");

            answer[0] = "410";
            answer[1] = "{\"error\":\"pairing_code_spent\",\"message\":\"This pairing code has expired\"}";
            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo(
                    "Этот код подключения уже использован или истёк: создайте новый в админке");

            // a refusal the till does not know: the server's own sentence rather than nothing
            answer[0] = "400";
            answer[1] = "{\"error\":\"bad_request\",\"message\":\"Give the till a name of 1 to 100 characters\"}";
            model.pair();
            assertThat(model.messageProperty().get()).isEqualTo("Give the till a name of 1 to 100 characters");
            assertThat(journal.identity()).isEmpty();
        } finally {
            server.stop(0);
        }
    }
}
