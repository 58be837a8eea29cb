package dev.regulars.server.wallet.web;

import dev.regulars.server.platform.ClientAddressReader;
import dev.regulars.server.platform.RateLimiter;
import dev.regulars.server.wallet.AppleWallet;
import dev.regulars.server.wallet.PassTokens;
import dev.regulars.server.wallet.Registrations;
import dev.regulars.server.wallet.WalletPass;
import dev.regulars.server.wallet.WalletPasses;
import dev.regulars.server.wallet.WalletSettings;
import dev.regulars.wallet.apple.PkPassBuilder;
import dev.regulars.wallet.apple.service.ApplePassAuthorization;
import dev.regulars.wallet.apple.service.HttpDates;
import dev.regulars.wallet.apple.service.PassKitBodies;
import dev.regulars.wallet.apple.service.PassUpdates;
import dev.regulars.wallet.apple.service.SerialNumbers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The PassKit web service under the passes' webServiceURL ({@code {public URL}/passkit}; Apple, "Adding a Web
 * Service to Update Passes", docs/API.md): register and unregister a device for a pass's updates, the serial
 * numbers of its passes updated since a tag, the latest version of a pass, and Wallet's log messages. Requests that
 * name a pass carry {@code Authorization: ApplePass <token>} (401 when it is not the pass's). Registrations and
 * logs are limited per address; a bad path or body is a 4xx with a plain-text reason.
 */
@WebServlet("/passkit/*")
public class PassKitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PassKitServlet.class.getName());
    /** Registrations, unregistrations and logs an address may make in {@link #WINDOW}. */
    static final int CHANGES_PER_ADDRESS = 120;
    /** Registrations one device may make in {@link #WINDOW}. */
    static final int CHANGES_PER_DEVICE = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Lines of one log request that reach the server's log. */
    static final int LOG_LINES = 20;

    @Inject
    private WalletSettings settings;
    @Inject
    private WalletPasses passes;
    @Inject
    private Registrations registrations;
    @Inject
    private AppleWallet apple;
    @Inject
    private RateLimiter limiter;
    @Inject
    private ClientAddressReader addresses;
    @Inject
    private dev.regulars.server.wallet.WalletSetup setup;
    @Inject
    private Clock clock;

    /** What each path takes: Allow of OPTIONS, so it names no method that would be refused. */
    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        String allow = switch (PassKitPath.parse(request.getPathInfo()).kind()) {
            case LOG -> "POST, OPTIONS";
            case REGISTRATION -> "POST, DELETE, OPTIONS";
            case UPDATED_SINCE, PASS -> "GET, HEAD, OPTIONS";
            case UNKNOWN -> "OPTIONS";
        };
        response.setHeader("Allow", allow);
        response.setStatus(200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PassKitPath path = PassKitPath.parse(request.getPathInfo());
        if (!ready(response, path)) {
            return;
        }
        if (!limited(request, response, path)) {
            return;
        }
        byte[] body = request.getInputStream().readNBytes(PassKitBodies.MAX_BODY_BYTES + 1);
        if (body.length > PassKitBodies.MAX_BODY_BYTES) {
            text(response, 413, "the body is too large: at most " + PassKitBodies.MAX_BODY_BYTES / 1024 + " KB");
            return;
        }
        if (path.kind() == PassKitPath.Kind.LOG) {
            try {
                List<String> lines = PassKitBodies.logs(body);
                lines.stream().limit(LOG_LINES).forEach(line -> LOG.info("Wallet says: " + LogLines.safe(line)));
                if (lines.size() > LOG_LINES) {
                    LOG.info("Wallet says " + (lines.size() - LOG_LINES) + " more lines, not logged");
                }
                response.setStatus(200);
            } catch (IllegalArgumentException e) {
                text(response, 400, e.getMessage());
            }
            return;
        }
        if (path.kind() != PassKitPath.Kind.REGISTRATION) {
            text(response, 405, "POST goes to /v1/devices/{device}/registrations/{passType}/{serial} or /v1/log");
            return;
        }
        Optional<WalletPass> pass = authorized(request, response, path);
        if (pass.isEmpty()) {
            return;
        }
        String pushToken;
        try {
            pushToken = PassKitBodies.pushToken(body);
        } catch (IllegalArgumentException e) {
            text(response, 400, e.getMessage());
            return;
        }
        boolean created = registrations.register(path.device(), pass.get().serialNumber(), pushToken);
        response.setStatus(created ? 201 : 200);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PassKitPath path = PassKitPath.parse(request.getPathInfo());
        if (!ready(response, path)) {
            return;
        }
        if (path.kind() != PassKitPath.Kind.REGISTRATION) {
            text(response, 405, "DELETE goes to /v1/devices/{device}/registrations/{passType}/{serial}");
            return;
        }
        if (!limited(request, response, path)) {
            return;
        }
        Optional<WalletPass> pass = authorized(request, response, path);
        if (pass.isPresent()) {
            registrations.unregister(path.device(), pass.get().serialNumber());
            response.setStatus(200);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PassKitPath path = PassKitPath.parse(request.getPathInfo());
        if (!ready(response, path)) {
            return;
        }
        switch (path.kind()) {
            case UPDATED_SINCE -> {
                List<PassUpdates.PassVersion> registered = registrations.passesOf(path.device());
                Optional<SerialNumbers> changed;
                try {
                    changed = PassUpdates.since(request.getParameter("passesUpdatedSince"), registered);
                } catch (IllegalArgumentException e) {
                    text(response, 400, e.getMessage());
                    return;
                }
                if (changed.isEmpty()) {
                    response.setStatus(204);
                    return;
                }
                byte[] json = changed.get().toJson();
                response.setStatus(200);
                response.setContentType("application/json");
                response.setContentLength(json.length);
                response.getOutputStream().write(json);
            }
            case PASS -> latestPass(request, response, path);
            default -> text(response, 405, "GET goes to /v1/devices/{device}/registrations/{passType} or"
                    + " /v1/passes/{passType}/{serial}");
        }
    }

    private void latestPass(HttpServletRequest request, HttpServletResponse response, PassKitPath path)
            throws IOException {
        Optional<WalletPass> pass = authorized(request, response, path);
        if (pass.isEmpty()) {
            return;
        }
        String lastModified = HttpDates.format(pass.get().updatedAt());
        if (!HttpDates.modifiedSince(pass.get().updatedAt(), request.getHeader("If-Modified-Since"),
                clock.instant())) {
            response.setStatus(304);
            response.setHeader("Last-Modified", lastModified);
            return;
        }
        // an erased customer's pass: served voided, so the phone drops their name, balance and barcode
        byte[] pkpass = pass.get().voided() ? apple.buildVoided(pass.get())
                : apple.build(pass.get(), passes.memberName(pass.get()));
        response.setStatus(200);
        response.setContentType(PkPassBuilder.MEDIA_TYPE);
        response.setHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pkpass.length);
        response.getOutputStream().write(pkpass);
    }

    /** The pass the path names, when the request carries its token; otherwise the answer is written. */
    private Optional<WalletPass> authorized(HttpServletRequest request, HttpServletResponse response,
                                            PassKitPath path) throws IOException {
        Optional<WalletPass> pass = passes.find(path.serial());
        String token = ApplePassAuthorization.token(request.getHeader("Authorization")).orElse(null);
        // the same answer for an unknown serial and a wrong token: the service tells nobody which serials exist
        if (pass.isEmpty() || !PassTokens.matches(token, pass.get().authTokenSha256())) {
            text(response, 401, "the request needs the pass's Authorization: ApplePass <authenticationToken>");
            return Optional.empty();
        }
        return pass;
    }

    /** Apple on, and a path of the service for our Pass Type ID; otherwise the answer is written. */
    private boolean ready(HttpServletResponse response, PassKitPath path) throws IOException {
        if (!settings.apple()) {
            text(response, 404, "Apple Wallet is not set up on this server (regulars.wallet.apple.pass-type-id)");
            return false;
        }
        if (setup.appleProblem().isPresent()) {
            text(response, 503, "Apple Wallet is not set up on this server: "
                    + setup.appleProblem().get().publicText());
            return false;
        }
        if (path.kind() == PassKitPath.Kind.UNKNOWN) {
            text(response, 404, path.problem());
            return false;
        }
        if (path.passType() != null && !path.passType().equals(apple.passTypeIdentifier())) {
            text(response, 404, "this server serves passes of " + apple.passTypeIdentifier() + ", not "
                    + path.passType());
            return false;
        }
        return true;
    }

    private boolean limited(HttpServletRequest request, HttpServletResponse response, PassKitPath path)
            throws IOException {
        boolean allowed = limiter.allow("passkit-ip:" + addresses.limitKey(request), CHANGES_PER_ADDRESS, WINDOW)
                && (path.device() == null
                || limiter.allow("passkit-device:" + path.device(), CHANGES_PER_DEVICE, WINDOW));
        if (!allowed) {
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            text(response, 429, "too many registrations; try again in " + WINDOW.toMinutes() + " minutes");
        }
        return allowed;
    }

    private static void text(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
