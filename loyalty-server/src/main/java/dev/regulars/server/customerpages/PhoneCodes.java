package dev.regulars.server.customerpages;

import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.server.customers.CustomerErased;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.messaging.Outbox;
import dev.regulars.server.platform.NativeValues;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time codes that prove a phone (issue 11): six digits sent by SMS through the outbox (a transactional message:
 * no consent needed; its dedupe key makes it go at most once), valid {@link #VALID}, locked after {@link #MAX_TRIES}
 * wrong tries. The browser holds a random handle; the table keeps only hashes (see V30). Sends are rate-limited by
 * the caller (per phone and per address).
 */
@ApplicationScoped
public class PhoneCodes {

    /** How long a code may be typed in. */
    public static final Duration VALID = Duration.ofMinutes(10);
    /** Wrong tries a code takes before it locks. */
    public static final int MAX_TRIES = 5;
    /** How long a proven phone may finish joining. */
    static final Duration PROOF_VALID = Duration.ofMinutes(30);
    /**
     * A spent proof still opens the card this long: a double tap on Join or Continue, or Back and send again, lands
     * on the card that the first send made (the phone is a customer then, so no second customer can come of it).
     */
    static final Duration RESEND_GRACE = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Outbox outbox;
    @Inject
    private Clock clock;

    /** What typing a code came to. */
    public enum Verdict { RIGHT, WRONG, EXPIRED, LOCKED, UNKNOWN }

    /** @param triesLeft wrong tries the code still takes (for WRONG) */
    public record Checked(Verdict verdict, int triesLeft) {
    }

    /** A phone proven by a code and not spent yet: who may now join or get their card. */
    public record Proof(String businessId, String storeId, String phoneE164, String referralCode) {
    }

    /**
     * Makes a code for the phone and queues its SMS.
     *
     * @param smsPattern the SMS in the page's language, a MessageFormat with {0} the code and {1} the store
     * @param language   en, ru or nl
     * @return the handle the browser keeps (43 characters of base64url)
     */
    @Transactional
    public String issue(Store store, PhoneNumber phone, String referralCode, String smsPattern, String language) {
        String handle = Secrets.newToken();
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        String handleHash = Secrets.sha256Hex(handle);
        em.createNativeQuery("INSERT INTO phone_code (handle_sha256, business_id, store_id, phone_e164, code_sha256,"
                        + " referral_code, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, handleHash).setParameter(2, store.business().id()).setParameter(3, store.id())
                .setParameter(4, phone.e164()).setParameter(5, codeHash(handle, code))
                .setParameter(6, referralCode).setParameter(7, utc(now)).setParameter(8, utc(now.plus(VALID)))
                .executeUpdate();
        String text = new MessageFormat(smsPattern, Locale.forLanguageTag(language)).format(new Object[] {code,
                store.name()});
        outbox.enqueue(new Outbox.Draft(store.business().id(), null, Channel.SMS, phone.e164(), language, null, text,
                "phone-code:" + handleHash.substring(0, 40)));
        return handle;
    }

    /** Checks a typed code, counting the try; a right code proves the phone for {@link #PROOF_VALID}. */
    @Transactional
    public Checked check(String handle, String typed) {
        Optional<Object[]> row = lockRow(handle);
        Instant now = clock.instant();
        if (row.isEmpty() || (row.get()[4] != null && !inGrace(row.get()[4], now))) {
            return new Checked(Verdict.UNKNOWN, 0);
        }
        Object[] r = row.get();
        if (r[3] != null) {
            return new Checked(Verdict.RIGHT, 0);
        }
        int attempts = ((Number) r[2]).intValue();
        if (attempts >= MAX_TRIES) {
            return new Checked(Verdict.LOCKED, 0);
        }
        if (!now.isBefore(NativeValues.instant(r[1]))) {
            return new Checked(Verdict.EXPIRED, 0);
        }
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        boolean right = MessageDigest.isEqual(codeHash(handle, digits).getBytes(StandardCharsets.US_ASCII),
                ((String) r[0]).getBytes(StandardCharsets.US_ASCII));
        em.createNativeQuery("UPDATE phone_code SET attempts = attempts + 1, verified_at = IF(?, ?, NULL)"
                        + " WHERE handle_sha256 = ?")
                .setParameter(1, right).setParameter(2, utc(now)).setParameter(3, Secrets.sha256Hex(handle))
                .executeUpdate();
        if (right) {
            return new Checked(Verdict.RIGHT, 0);
        }
        int left = MAX_TRIES - attempts - 1;
        return left <= 0 ? new Checked(Verdict.LOCKED, 0) : new Checked(Verdict.WRONG, left);
    }

    /** Whether the handle is a code still waiting to be typed (not proven, spent, expired or locked). */
    public boolean waiting(String handle) {
        Optional<Object[]> row = row(handle, "");
        return row.isPresent() && row.get()[3] == null && row.get()[4] == null
                && ((Number) row.get()[2]).intValue() < MAX_TRIES
                && clock.instant().isBefore(NativeValues.instant(row.get()[1]));
    }

    /** The phone (E.164) a handle's code went to, whatever its state; empty for an unknown handle. */
    public Optional<String> phoneOf(String handle) {
        if (!wellFormed(handle)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT phone_e164 FROM phone_code WHERE handle_sha256 = ?")
                .setParameter(1, Secrets.sha256Hex(handle)).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    /**
     * The friend's code the handle's join started with, whatever the code's state, so that starting again keeps it;
     * "" without one or for an unknown handle.
     */
    public String referralOf(String handle) {
        if (!wellFormed(handle)) {
            return "";
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT referral_code FROM phone_code WHERE handle_sha256 = ?")
                .setParameter(1, Secrets.sha256Hex(handle)).getResultList();
        // a join without a friend's code has NULL there, which findFirst() would not take
        return rows.isEmpty() || rows.get(0) == null ? "" : (String) rows.get(0);
    }

    /** The phone this handle proved, if it did within {@link #PROOF_VALID} and the proof was not spent. */
    public Optional<Proof> proof(String handle) {
        return proofOf(handle, "");
    }

    /** As {@link #proof}, locking the row until the transaction ends: one proof makes one customer or link. */
    Optional<Proof> lockProof(String handle) {
        return proofOf(handle, " FOR UPDATE");
    }

    /** The proof is used up: a customer joined or a card link was issued with it (the first use starts the grace). */
    void spend(String handle) {
        em.createNativeQuery("UPDATE phone_code SET used_at = COALESCE(used_at, ?) WHERE handle_sha256 = ?")
                .setParameter(1, utc(clock.instant())).setParameter(2, Secrets.sha256Hex(handle)).executeUpdate();
    }

    /** An erased customer's codes go with their data. */
    void forget(@Observes CustomerErased erased) {
        for (String phone : erased.phonesE164()) {
            em.createNativeQuery("DELETE FROM phone_code WHERE business_id = ? AND phone_e164 = ?")
                    .setParameter(1, erased.businessId()).setParameter(2, phone).executeUpdate();
        }
    }

    private Optional<Proof> proofOf(String handle, String lock) {
        if (!wellFormed(handle)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT business_id, store_id, phone_e164, referral_code,"
                        + " verified_at, used_at FROM phone_code WHERE handle_sha256 = ? AND verified_at IS NOT NULL"
                        + lock)
                .setParameter(1, Secrets.sha256Hex(handle)).getResultList();
        Instant now = clock.instant();
        return rows.stream().findFirst()
                .filter(r -> now.isBefore(NativeValues.instant(r[4]).plus(PROOF_VALID)))
                .filter(r -> r[5] == null || inGrace(r[5], now))
                .map(r -> new Proof((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    /** code_sha256, expires_at, attempts, verified_at, used_at */
    private Optional<Object[]> lockRow(String handle) {
        return row(handle, " FOR UPDATE");
    }

    private Optional<Object[]> row(String handle, String lock) {
        if (!wellFormed(handle)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code_sha256, expires_at, attempts, verified_at, used_at"
                + " FROM phone_code WHERE handle_sha256 = ?" + lock).setParameter(1, Secrets.sha256Hex(handle))
                .getResultList();
        return rows.stream().findFirst();
    }

    private static boolean inGrace(Object usedAt, Instant now) {
        return now.isBefore(NativeValues.instant(usedAt).plus(RESEND_GRACE));
    }

    static boolean wellFormed(String handle) {
        return handle != null && handle.matches("[A-Za-z0-9_-]{43}");
    }

    /** The code is hashed with the handle, which the table does not hold: its rows alone let nobody try codes. */
    private static String codeHash(String handle, String code) {
        return Secrets.sha256Hex(handle + ":" + code);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
