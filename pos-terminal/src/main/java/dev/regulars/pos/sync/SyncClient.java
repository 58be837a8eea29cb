package dev.regulars.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.core.sync.ApiError;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.sync.PairingRequest;
import dev.regulars.core.sync.PairingResponse;
import dev.regulars.core.sync.RedemptionGrant;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.RefundsBatch;
import dev.regulars.core.sync.RefundsBatchResult;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.SalesBatch;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.core.sync.ShiftsBatch;
import dev.regulars.core.sync.ShiftsBatchResult;
import dev.regulars.core.sync.SalesBatchResult;
import dev.regulars.core.sync.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The till's HTTP client for the sync protocol (docs/API.md). Stateless apart from the server URL and token. */
public class SyncClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * A cashier waits for these (a customer's look-up, points taken before the sale): after this the till goes on
     * offline rather than keeping a queue waiting; the sync's own calls may take the longer {@link #TIMEOUT}.
     */
    public static final Duration INTERACTIVE = Duration.ofSeconds(3);

    private final ObjectMapper json = WireJson.mapper();
    private final HttpClient http;
    private final URI api;
    private final String token;

    private SyncClient(URI serverUrl, String token) {
        // HTTP/1.1: the default HTTP/2 client offers an h2c upgrade on plain http, which some servers drop for
        // large POST bodies (a till's backlog of sales) instead of answering
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        String base = serverUrl.toString();
        this.api = URI.create(base.endsWith("/") ? base + "api/" : base + "/api/");
        this.token = token;
    }

    /** A client for pairing, before the till has a token. */
    public static SyncClient unpaired(String serverUrl) {
        return new SyncClient(URI.create(serverUrl), null);
    }

    public static SyncClient paired(String serverUrl, String token) {
        return new SyncClient(URI.create(serverUrl), token);
    }

    public PairingResponse pair(String code, String terminalName) throws SyncException {
        return send(post("v1/terminals/pair", new PairingRequest(code, terminalName)), PairingResponse.class);
    }

    public SalesBatchResult pushSales(List<SaleRecord> sales) throws SyncException {
        return send(post("v1/sync/sales", new SalesBatch(sales)), SalesBatchResult.class);
    }

    public RefundsBatchResult pushRefunds(List<RefundRecord> refunds) throws SyncException {
        return send(post("v1/sync/refunds", new RefundsBatch(refunds)), RefundsBatchResult.class);
    }

    public ShiftsBatchResult pushShifts(List<ShiftRecord> shifts) throws SyncException {
        return send(post("v1/sync/shifts", new ShiftsBatch(shifts)), ShiftsBatchResult.class);
    }

    /** Takes points online before the sale completes; a 409 SyncException says the balance is short. */
    public RedemptionGrant takeRedemption(RedemptionRequest request) throws SyncException {
        return send(interactive(post("v1/redemptions", request)), RedemptionGrant.class);
    }

    /** Gives back points taken for a sale that was then abandoned. */
    public void releaseRedemption(java.util.UUID saleId) throws SyncException {
        HttpRequest request = authorized(HttpRequest.newBuilder(api.resolve("v1/redemptions/" + saleId)))
                .DELETE().build();
        sendDiscarding(interactive(request));
    }

    /** Online lookup: by phone, static card number, rotating redeem code or NFC UID. 404: nobody. */
    public IdentifiedCustomer identify(IdentifyRequest request) throws SyncException {
        return send(interactive(post("v1/customers/identify", request)), IdentifiedCustomer.class);
    }

    /**
     * The server's verdict on a friend's code for the phone enrolling, before its discount applies; within the
     * cashier's timeout. 404 from a server without the check.
     */
    public dev.regulars.core.referral.ReferralVerdict checkReferral(
            dev.regulars.core.referral.ReferralVerdict.Request request) throws SyncException {
        return send(interactive(post("v1/referrals/check", request)),
                dev.regulars.core.referral.ReferralVerdict.Answer.class).verdict();
    }

    public void linkCard(java.util.UUID customerId, CardLink card) throws SyncException {
        sendDiscarding(interactive(post("v1/customers/" + customerId + "/cards", card)));
    }

    public ChangesPage changesSince(long cursor) throws SyncException {
        HttpRequest request = authorized(HttpRequest.newBuilder(api.resolve("v1/sync/changes?since=" + cursor)))
                .GET().build();
        return send(request, ChangesPage.class);
    }

    /**
     * A product picture of the catalog by its SHA-256 ({@code GET /api/v1/sync/catalog-images/{sha256}}): PNG or
     * JPEG bytes. A 404 SyncException: the server has no such picture (any more).
     */
    public byte[] catalogImage(String sha256) throws SyncException {
        HttpRequest request = authorized(HttpRequest.newBuilder(api.resolve("v1/sync/catalog-images/" + sha256)))
                .setHeader("Accept", "image/png, image/jpeg, application/json").GET().build();
        return exchange(request).body();
    }

    /** The same, at most {@code limit} customers a page (the server takes 1 to 5,000). */
    public ChangesPage changesSince(long cursor, int limit) throws SyncException {
        HttpRequest request = authorized(HttpRequest.newBuilder(api.resolve("v1/sync/changes?since=" + cursor
                + "&limit=" + limit))).GET().build();
        return send(request, ChangesPage.class);
    }

    private HttpRequest post(String path, Object body) throws SyncException {
        try {
            return authorized(HttpRequest.newBuilder(api.resolve(path)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new SyncException(0, "could not encode the request", e);
        }
    }

    /** The same request with the cashier's timeout ({@link #INTERACTIVE}) instead of the sync's. */
    private static HttpRequest interactive(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(INTERACTIVE).build();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        builder.timeout(TIMEOUT).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private <T> T send(HttpRequest request, Class<T> type) throws SyncException {
        HttpResponse<byte[]> response = exchange(request);
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new SyncException(response.statusCode(), "the server's answer could not be read", e);
        }
    }

    private void sendDiscarding(HttpRequest request) throws SyncException {
        exchange(request);
    }

    /** Sends the request; anything but a 2xx answer becomes a SyncException with the server's message. */
    private HttpResponse<byte[]> exchange(HttpRequest request) throws SyncException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SyncException(0, "the server at " + api + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(0, "interrupted while talking to the server", e);
        }
        if (response.statusCode() / 100 != 2) {
            ApiError error = apiError(response);
            throw new SyncException(response.statusCode(), error.error(), error.message(), null);
        }
        return response;
    }

    /** The server's error body; a code-less one with the status in words when the body is not one. */
    private ApiError apiError(HttpResponse<byte[]> response) {
        try {
            return json.readValue(response.body(), ApiError.class);
        } catch (IOException e) {
            return new ApiError(null, "the server answered HTTP " + response.statusCode());
        }
    }
}
