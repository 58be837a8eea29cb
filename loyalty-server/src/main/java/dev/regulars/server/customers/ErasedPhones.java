package dev.regulars.server.customers;

import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Phones whose customer had their data deleted, per business, as a keyed hash (V35, legitimate interest: no second
 * welcome bonus or referral by deleting and re-joining; JoinRewards in loyalty-core holds the rule). The key is the
 * setting {@code regulars.erased-phones.key} (base64, 32 bytes), else one made at the first use and kept in
 * server_secret; it must not change, or earlier hashes stop matching.
 */
@ApplicationScoped
public class ErasedPhones {

    private static final String SECRET_NAME = "erased-phones";

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "regulars.erased-phones.key")
    private Optional<String> configuredKey;

    private volatile String key;

    /** Whether a customer of the business with this phone (E.164) had their data deleted before. */
    @Transactional
    public boolean erasedBefore(String businessId, String phoneE164) {
        return !em.createNativeQuery("SELECT 1 FROM erased_phone WHERE business_id = ? AND phone_hash = ?")
                .setParameter(1, businessId).setParameter(2, hash(businessId, phoneE164)).getResultList().isEmpty();
    }

    /** In the erasing transaction: the hashes of the erased phones stay, nothing else of them. */
    void remember(@Observes CustomerErased erased) {
        for (String phone : erased.phonesE164()) {
            em.createNativeQuery("INSERT IGNORE INTO erased_phone (business_id, phone_hash, erased_at)"
                            + " VALUES (?, ?, ?)")
                    .setParameter(1, erased.businessId()).setParameter(2, hash(erased.businessId(), phone))
                    .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
        }
    }

    private String hash(String businessId, String phoneE164) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key()), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((businessId + ":" + phoneE164)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private String key() {
        if (key == null) {
            key = readKey();
        }
        return key;
    }

    private String readKey() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            return configuredKey.get().strip();
        }
        em.createNativeQuery("INSERT IGNORE INTO server_secret (name, value) VALUES (?, ?)")
                .setParameter(1, SECRET_NAME).setParameter(2, Secrets.newKeyBase64()).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> value = em.createNativeQuery("SELECT value FROM server_secret WHERE name = ?")
                .setParameter(1, SECRET_NAME).getResultList();
        return (String) value.get(0);
    }
}
