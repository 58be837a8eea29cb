package dev.regulars.wallet.apple.push;

import dev.regulars.wallet.crypto.CompactJws;
import dev.regulars.wallet.crypto.KeyMaterial;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The provider authentication token for APNs token-based connections (Apple, "Establishing a token-based
 * connection to APNs"): a JWT signed ES256 with the team's APNs key (.p8), header {@code kid} = the key id, claims
 * {@code iss} = the team id and {@code iat} = when it was made. APNs rejects a token older than an hour
 * (403 ExpiredProviderToken) and one replaced more often than every 20 minutes (429 TooManyProviderTokenUpdates),
 * so one token is kept and remade only once it is {@code refreshAfter} old. Thread-safe.
 */
public final class ApnsProviderToken {

    /** The youngest age at which a token may be replaced. */
    public static final Duration MIN_AGE = Duration.ofMinutes(20);
    /** The age at which APNs refuses a token. */
    public static final Duration MAX_AGE = Duration.ofMinutes(60);
    /** Remade at 50 minutes: well inside the hour, whatever the clocks' skew. */
    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(50);

    private final PrivateKey key;
    private final String keyId;
    private final String teamId;
    private final Clock clock;
    private final Duration refreshAfter;
    private String token;
    private Instant issuedAt;

    /**
     * @param key the P-256 key of the APNs auth key
     * @param keyId the key's ten-character id from the developer account
     * @param teamId the ten-character team id
     * @param refreshAfter how old the token gets before it is remade: at least 20 and under 60 minutes
     * @throws IllegalArgumentException when an id is not ten characters, the key is not EC or the refresh is
     *     outside its bounds
     */
    public ApnsProviderToken(PrivateKey key, String keyId, String teamId, Clock clock, Duration refreshAfter) {
        if (!"EC".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("an APNs auth key is an EC P-256 key");
        }
        if (!keyId.matches("[A-Z0-9]{10}") || !teamId.matches("[A-Z0-9]{10}")) {
            throw new IllegalArgumentException("the key id and team id are ten capitals and digits");
        }
        if (refreshAfter.compareTo(MIN_AGE) < 0 || refreshAfter.compareTo(MAX_AGE) >= 0) {
            throw new IllegalArgumentException("refresh between 20 and 60 minutes, not " + refreshAfter);
        }
        this.key = key;
        this.keyId = keyId;
        this.teamId = teamId;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    /** With the default refresh of 50 minutes, from the text of the .p8 file Apple gives. */
    public static ApnsProviderToken fromP8(String p8Pem, String keyId, String teamId, Clock clock) {
        return new ApnsProviderToken(KeyMaterial.privateKeyFromPem(p8Pem), keyId, teamId, clock, DEFAULT_REFRESH);
    }

    /** The token to send as {@code authorization: bearer <token>}, made anew only when it is due. */
    public synchronized String current() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(issuedAt.plus(refreshAfter)) || now.isBefore(issuedAt)) {
            issuedAt = now;
            token = CompactJws.sign(CompactJws.Algorithm.ES256, Map.of("kid", keyId),
                    Map.of("iss", teamId, "iat", now.getEpochSecond()), key);
        }
        return token;
    }

    /**
     * APNs said the token expired (403 ExpiredProviderToken, e.g. after a clock jump): the next push gets a new
     * one, unless this one is younger than 20 minutes, whose replacement APNs would refuse.
     */
    public synchronized void expired() {
        if (token != null && !clock.instant().isBefore(issuedAt.plus(MIN_AGE))) {
            token = null;
        }
    }
}
