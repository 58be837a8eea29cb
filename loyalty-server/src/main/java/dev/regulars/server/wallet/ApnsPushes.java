package dev.regulars.server.wallet;

import dev.regulars.wallet.apple.PassSigningIdentity;
import dev.regulars.wallet.apple.push.ApnsClient;
import dev.regulars.wallet.apple.push.ApnsEndpoint;
import dev.regulars.wallet.apple.push.ApnsTls;
import dev.regulars.wallet.apple.push.PushResult;
import dev.regulars.wallet.crypto.KeyMaterial;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends the pushes in wallet_push through APNs (wallet-passes' ApnsClient: HTTP/2, payload {@code {}}, topic = the
 * Pass Type ID, the pass certificate as TLS client certificate). A chunk is claimed by one UPDATE (committed, so no
 * other node takes it), sent side by side on one connection, and each row then: delivered - deleted; 410 or a dead
 * token - deleted with the device's registration; 429, 5xx or no answer - tried again after 30 s, 1, 2, 4, 8 min,
 * then given up; anything else - given up and logged. A claim that runs out (its node died while sending) is dropped,
 * not sent again: a device hears of a change at most once.
 */
@ApplicationScoped
public class ApnsPushes {

    private static final Logger LOG = Logger.getLogger(ApnsPushes.class.getName());
    static final int MAX_ATTEMPTS = 6;
    private static final int CHUNK = 500;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @Resource(lookup = "java:global/jdbc/regulars-ids")
    private DataSource outsideTransactions;
    @Inject
    private WalletSettings settings;
    @Inject
    private WalletSetup setup;
    @Inject
    private Clock clock;
    private ApnsClient client;

    private record Claimed(long id, String device, String serial, String pushToken, int attempts) {
    }

    /** Sends the due pushes; returns how many APNs took. */
    public int sendDue() {
        if (!setup.appleUsable()) {
            return 0; // WalletSetup logged why at startup; the pushes wait for a server with usable settings
        }
        int delivered = 0;
        try (Connection db = outsideTransactions.getConnection()) {
            db.setAutoCommit(true);
            Instant now = clock.instant();
            if (!settings.apnsEnabled()) {
                dropDue(db, now);
                return 0;
            }
            update(db, "DELETE FROM wallet_push WHERE status = 'SENDING' AND claimed_until < ?", now);
            List<Claimed> chunk = claim(db, now);
            if (chunk.isEmpty()) {
                return 0;
            }
            ApnsClient apns = client();
            List<CompletableFuture<PushResult>> sent = new ArrayList<>();
            for (Claimed c : chunk) {
                sent.add(apns.pushAsync(c.pushToken(), settings.passTypeId()));
            }
            for (int i = 0; i < chunk.size(); i++) {
                Claimed c = chunk.get(i);
                PushResult result = sent.get(i).join();
                if (result.outcome() == PushResult.Outcome.DELIVERED) {
                    update(db, "DELETE FROM wallet_push WHERE id = ?", c.id());
                    delivered++;
                } else if (result.dropRegistration()) {
                    update(db, "DELETE FROM wallet_push WHERE id = ?", c.id());
                    update(db, "DELETE FROM wallet_registration WHERE device_library_id = ? AND serial_number = ?"
                            + " AND push_token = ?", c.device(), c.serial(), c.pushToken());
                } else if (result.retryLater() && c.attempts() < MAX_ATTEMPTS) {
                    Duration wait = Duration.ofSeconds(30L << Math.min(c.attempts() - 1, 10));
                    update(db, "UPDATE wallet_push SET status = 'PENDING', next_attempt_at = ?, claimed_by = NULL,"
                            + " claimed_until = NULL, last_error = ? WHERE id = ?", clock.instant().plus(wait),
                            cut(result.status() + " " + result.reason()), c.id());
                } else {
                    LOG.warning("a Wallet push was given up after " + c.attempts() + " attempts: APNs answered "
                            + result.status() + " " + result.reason());
                    update(db, "DELETE FROM wallet_push WHERE id = ?", c.id());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the Wallet pushes could not be read: " + e.getMessage(), e);
        }
        return delivered;
    }

    /** APNs is switched off (the demo): the due pushes are dropped, and the log says how many. */
    private void dropDue(Connection db, Instant now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM wallet_push WHERE status = 'PENDING'"
                + " AND next_attempt_at <= ?")) {
            set(ps, now);
            int dropped = ps.executeUpdate();
            if (dropped > 0) {
                LOG.info(dropped + " Wallet pushes not sent: APNs is off (regulars.wallet.apns.enabled=false)");
            }
        }
    }

    private List<Claimed> claim(Connection db, Instant now) throws SQLException {
        String claimId = UUID.randomUUID().toString();
        try (PreparedStatement ps = db.prepareStatement("UPDATE wallet_push SET status = 'SENDING', claimed_by = ?,"
                + " claimed_until = ?, attempts = attempts + 1 WHERE status = 'PENDING' AND next_attempt_at <= ?"
                + " ORDER BY id LIMIT " + CHUNK)) {
            set(ps, claimId, now.plus(CLAIM), now);
            if (ps.executeUpdate() == 0) {
                return List.of();
            }
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, device_library_id, serial_number, push_token,"
                + " attempts FROM wallet_push WHERE claimed_by = ? AND status = 'SENDING' ORDER BY id")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5)));
                }
            }
        }
        return claimed;
    }

    /** The client, with the pass certificate as TLS client certificate (as Apple documents for Wallet pushes). */
    private synchronized ApnsClient client() {
        if (client == null) {
            PassSigningIdentity identity = PassSigningIdentity.fromPem(settings.key(), settings.keyPassword(),
                    settings.certificate(), settings.wwdrCertificate());
            KeyStore trust = settings.apnsTrust().map(ApnsPushes::trusting).orElse(null);
            client = ApnsClient.withCertificate(new ApnsEndpoint(URI.create(settings.apnsUrl())),
                    ApnsTls.clientCertificate(identity.key(),
                            List.of(identity.passCertificate(), identity.wwdrCertificate()), trust));
        }
        return client;
    }

    private static KeyStore trusting(byte[] certificate) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("apns", KeyMaterial.certificate(certificate));
            return store;
        } catch (java.security.GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("cannot trust the APNs certificate: " + e.getMessage(), e);
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            set(ps, values);
            ps.executeUpdate();
        }
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            ps.setObject(i + 1, v instanceof Instant at ? WalletPasses.utc(at) : v);
        }
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
