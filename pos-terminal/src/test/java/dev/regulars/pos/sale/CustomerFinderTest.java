package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.regulars.core.sync.ApiError;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.sync.WireJson;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.SyncClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the Find field does with phones and cards, against this till's cache (Eva, card 04A23F7C) and a stand-in for
 * the server's identify endpoint on a local port.
 */
class CustomerFinderTest {

    private static final IdentifiedCustomer NOOR = new IdentifiedCustomer(UUID.randomUUID(), "Noor", 40, "Member",
            false, false);

    @TempDir
    Path dir;
    private Journal journal;
    private IdentifyEndpoint server;
    private CustomerFinder finder;

    @BeforeEach
    void openTill() throws IOException {
        journal = TillFixture.pairedJournal(dir);
        server = new IdentifyEndpoint();
        finder = new CustomerFinder(lookup(), SyncClient.paired(server.url(), "token"));
    }

    @AfterEach
    void closeTill() {
        server.stop();
        journal.close();
    }

    private CustomerLookup lookup() {
        return new CustomerLookup(journal, journal.identity().orElseThrow());
    }

    /** The fixture's server address answers nothing: the till is offline. */
    private CustomerFinder offline() {
        return new CustomerFinder(lookup(), SyncClient.paired("http://127.0.0.1:9", "token"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RC 04A2 3F7C", "rc-04a2-3f7c", " RC04A2\u00a03F7C ", "RC\t04a23f7c"})
    void aPrintedCardThisTillKnowsIsFoundInItsCacheInAnySpelling(String typed) {
        CustomerFinder.Finding finding = finder.find(typed);

        assertThat(finding).isInstanceOfSatisfying(CustomerFinder.Found.class, found -> assertThat(found.customer())
                .isInstanceOfSatisfying(CustomerAtTill.Carded.class, carded -> {
                    assertThat(carded.cardNumber()).isEqualTo("04A23F7C");
                    assertThat(carded.customerId()).isEqualTo(TillFixture.EVA);
                }));
        assertThat(server.asked).isEmpty();
    }

    /** Issue 8: this answered "has an unknown country code". */
    @ParameterizedTest
    @ValueSource(strings = {"RC 0042 7788", "rc-0042-7788", "RC-00427788", " RC0042 7788 "})
    void aPrintedCardThisTillDoesNotKnowIsAskedOfTheServerAsACard(String typed) {
        server.holders.put("00427788", NOOR);

        CustomerFinder.Finding finding = finder.find(typed);

        assertThat(finding).isEqualTo(new CustomerFinder.Found(new CustomerAtTill.Scanned(NOOR)));
        assertThat(server.asked).containsExactly(new IdentifyRequest(IdentifyRequest.Method.CARD, "00427788"));
    }

    @Test
    void aPrintedCardNobodyHoldsSaysSoWithTheNumberAsPrinted() {
        assertThat(english(finder.find("RC 0042 7788"))).isEqualTo(
                "No customer has card 0042 7788");
        assertThat(english(finder.find("rc 4821-0000-1234"))).isEqualTo(
                "No customer has card 4821 0000 1234");
        assertThat(server.asked).extracting(IdentifyRequest::method).containsOnly(IdentifyRequest.Method.CARD);
    }

    @Test
    void rcWithoutACardNumberIsRefusedWithoutAskingAnyone() {
        assertThat(english(finder.find("RC 12"))).isEqualTo(
                "\"RC 12\" is not a card number (4 to 32 letters and digits, after an optional RC)");
        assertThat(server.asked).isEmpty();
    }

    @Test
    void digitsThatAreNoPhoneAreLookedUpAsACard() {
        server.holders.put("00427788", NOOR);

        assertThat(finder.find("0042 7788")).isEqualTo(new CustomerFinder.Found(new CustomerAtTill.Scanned(NOOR)));
        assertThat(server.asked).containsExactly(new IdentifyRequest(IdentifyRequest.Method.CARD, "00427788"));
    }

    @Test
    void anNfcUidTypedWithoutRcIsFoundInTheCache() {
        assertThat(finder.find("04:a2:3f:7c")).isInstanceOfSatisfying(CustomerFinder.Found.class,
                found -> assertThat(found.customer().customerId()).isEqualTo(TillFixture.EVA));
        assertThat(server.asked).isEmpty();
    }

    @Test
    void anNfcCardReadAtTheTillIsFoundInTheCache() {
        assertThat(finder.findNfcCard("04A23F7C")).isInstanceOfSatisfying(CustomerFinder.Found.class,
                found -> assertThat(found.customer()).isInstanceOfSatisfying(CustomerAtTill.Carded.class, carded -> {
                    assertThat(carded.customerId()).isEqualTo(TillFixture.EVA);
                    assertThat(carded.mayRedeem()).isFalse();
                }));
        assertThat(server.asked).isEmpty();
    }

    @Test
    void anNfcUidOfDigitsOnlyIsAskedOfTheServerAsAnNfcCardNeverAsAPhone() {
        server.holders.put("0612345678", NOOR); // would be a valid Dutch mobile number typed into Find

        assertThat(finder.findNfcCard("0612345678"))
                .isEqualTo(new CustomerFinder.Found(new CustomerAtTill.Scanned(NOOR)));
        assertThat(server.asked).containsExactly(new IdentifyRequest(IdentifyRequest.Method.NFC, "0612345678"));
    }

    @Test
    void anNfcCardNobodyHoldsSaysSoWithoutItsNumber() {
        assertThat(english(finder.findNfcCard("04B1C2D3E4F506"))).isEqualTo(
                "No customer has this NFC card: find the customer by phone and link it");
        assertThat(english(offline().findNfcCard("04B1C2D3E4F506"))).isEqualTo(
                "This card is not known to this till and the server does not answer: type the customer's phone"
                        + " instead");
        assertThat(offline().findNfcCard("04a23f7c")).as("the cache works offline")
                .isInstanceOf(CustomerFinder.Found.class);
    }

    @Test
    void digitsThatAreNeitherAPhoneNorAKnownCardSayBoth() {
        assertThat(english(finder.find("0042 7788"))).isEqualTo("Neither a phone number nor a"
                + " known card: \"0042 7788\" has an unknown country code, and no customer has card 0042 7788");
        assertThat(english(finder.find("06 1234 567"))).isEqualTo("Neither a phone number nor a"
                + " known card: \"06 1234 567\" is not a valid phone number in NL (check the number of digits), and"
                + " no customer has card 0612 3456 7");
    }

    @Test
    void aValidPhoneStaysAPhoneEvenWhenItCouldBeACardNumber() {
        assertThat(finder.find("06 1234 5678")).isInstanceOfSatisfying(CustomerFinder.Found.class,
                found -> assertThat(found.customer()).isInstanceOf(CustomerAtTill.Known.class));
        assertThat(server.asked).isEmpty();

        assertThat(finder.find("06 2345 6789")).isInstanceOf(CustomerFinder.NotEnrolled.class);
        assertThat(server.asked).containsExactly(new IdentifyRequest(IdentifyRequest.Method.PHONE, "+31623456789"));
    }

    @Test
    void whatCannotBeACardKeepsThePhoneMessage() {
        assertThat(english(finder.find("12"))).isEqualTo(
                "\"12\" is not a valid phone number in NL (check the number of digits)");
        assertThat(english(finder.find("Eva Jansen"))).isEqualTo(
                "\"Eva Jansen\" is not a phone number");
        assertThat(server.asked).isEmpty();
    }

    @Test
    void offlineACardTheTillDoesNotKnowAsksForThePhone() {
        assertThat(english(offline().find("RC 0042 7788"))).isEqualTo(
                "This card is not known to this till and the server does not answer: type the customer's phone"
                        + " instead");
        assertThat(english(offline().find("0042 7788"))).isEqualTo("Neither a phone number nor"
                + " a card this till knows, and the server does not answer: \"0042 7788\" has an unknown country"
                + " code");
        // the cache still works offline
        assertThat(offline().find("RC 04A2 3F7C")).isInstanceOf(CustomerFinder.Found.class);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsTreatedAsAwayAndTheCashierGoesOn() {
        // the server would answer after a minute: the cashier's look-up gives up at the interactive timeout
        server.delayMillis = 60_000;

        assertThat(english(finder.find("RC 0042 7788"))).isEqualTo(
                "This card is not known to this till and the server does not answer: type the customer's phone"
                        + " instead");
        server.delayMillis = 0;
    }

    @Test
    void anyOtherRefusalOfTheServerIsPassedOn() {
        server.failure = 500;

        assertThat(english(finder.find("RC 0042 7788"))).isEqualTo("the server broke");
    }

    /** What a {@link CustomerFinder.Problem} says in English (the cashier reads it in the till's language). */
    private static String english(CustomerFinder.Finding finding) {
        assertThat(finding).isInstanceOf(CustomerFinder.Problem.class);
        return ((CustomerFinder.Problem) finding).message();
    }

    /** {@code POST /api/v1/customers/identify}: the customers in {@code holders} by card, 404 for anyone else. */
    private static final class IdentifyEndpoint {

        final Map<String, IdentifiedCustomer> holders = new ConcurrentHashMap<>();
        final List<IdentifyRequest> asked = new CopyOnWriteArrayList<>();
        volatile int failure;
        volatile long delayMillis;
        private final HttpServer http;

        IdentifyEndpoint() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            http.createContext("/api/v1/customers/identify", this::answer);
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        void stop() {
            http.stop(0);
        }

        private void answer(HttpExchange exchange) throws IOException {
            IdentifyRequest request = WireJson.mapper().readValue(exchange.getRequestBody(), IdentifyRequest.class);
            asked.add(request);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            IdentifiedCustomer holder = request.method() == IdentifyRequest.Method.CARD
                    || request.method() == IdentifyRequest.Method.NFC ? holders.get(request.value()) : null;
            if (failure != 0) {
                send(exchange, failure, new ApiError("broken", "the server broke"));
            } else if (holder != null) {
                send(exchange, 200, holder);
            } else {
                // the server's own words, which the till replaces with its own for a card
                send(exchange, 404, new ApiError("unknown_card", "No customer has this card: link it first"));
            }
        }

        private static void send(HttpExchange exchange, int status, Object body) throws IOException {
            byte[] json = WireJson.mapper().writeValueAsBytes(body);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, json.length);
            try (var out = exchange.getResponseBody()) {
                out.write(json);
            }
        }
    }
}
