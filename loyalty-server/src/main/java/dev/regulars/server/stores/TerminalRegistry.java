package dev.regulars.server.stores;

import dev.regulars.core.sync.PairingResponse;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Pairs tills with stores and recognizes them by token afterwards. */
@ApplicationScoped
public class TerminalRegistry {

    /**
     * How long a recognized till is taken at its word without asking the database again. Every sync and every
     * lookup at the till carries the token; a revocation made here evicts at once, one made through another server
     * on the same database (or in SQL) holds within this time.
     */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    private static final int MOST_REMEMBERED = 10_000;

    private final ConcurrentMap<String, Recognized> recognized = new ConcurrentHashMap<>();

    private record Recognized(AuthenticatedTerminal terminal, Instant until) {
    }

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    @Transactional
    public PairingResponse pair(String code, String terminalName) {
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest("Enter the pairing code shown in the admin");
        }
        if (terminalName == null || terminalName.isBlank() || terminalName.length() > 100) {
            throw ApiException.badRequest("Give the till a name of 1 to 100 characters");
        }
        Instant now = clock.instant();
        PairingCode pairing = em.find(PairingCode.class, Secrets.sha256Hex(normalizeCode(code)),
                LockModeType.PESSIMISTIC_WRITE);
        if (pairing == null) {
            throw new ApiException(Status.NOT_FOUND, "unknown_pairing_code",
                    "This pairing code is not known; check it or make a new one in the admin");
        }
        if (!pairing.isUsable(now)) {
            throw new ApiException(Status.GONE, "pairing_code_spent", pairing.isUsed()
                    ? "This pairing code was already used; make a new one in the admin"
                    : "This pairing code has expired; make a new one in the admin");
        }
        String token = Secrets.newToken();
        Store store = pairing.store();
        Terminal terminal = new Terminal(store, terminalName.strip(), Secrets.sha256Hex(token), now);
        em.persist(terminal);
        pairing.markUsed(terminal.id(), now);
        Business business = store.business();
        return new PairingResponse(UUID.fromString(terminal.id()), token, business.name(), store.name(),
                store.currency(), store.phoneRegion(), store.zoneId(), business.phoneHmacKey());
    }

    /** The till that holds this token, unless the token is unknown or the till was revoked. */
    public Optional<AuthenticatedTerminal> authenticate(String token) {
        String tokenHash = Secrets.sha256Hex(token);
        Instant now = clock.instant();
        Recognized known = recognized.get(tokenHash);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.terminal());
        }
        Optional<AuthenticatedTerminal> found = lookUp(tokenHash);
        if (found.isPresent()) {
            if (recognized.size() >= MOST_REMEMBERED) {
                recognized.clear();
            }
            recognized.put(tokenHash, new Recognized(found.get(), now.plus(RECHECK_AFTER)));
        }
        return found;
    }

    private Optional<AuthenticatedTerminal> lookUp(String tokenHash) {
        // one query for the till, its store and its business
        return em.createQuery("SELECT t FROM Terminal t JOIN FETCH t.store s JOIN FETCH s.business"
                        + " WHERE t.tokenHash = :h", Terminal.class)
                .setParameter("h", tokenHash)
                .getResultStream().findFirst()
                .map(t -> {
                    if (t.isRevoked()) {
                        throw new ApiException(Status.FORBIDDEN, "terminal_revoked",
                                "This till was revoked in the admin; pair it again to sync");
                    }
                    Store s = t.store();
                    return new AuthenticatedTerminal(t.id(), t.name(), s.id(), s.business().id(), s.currency(),
                            s.phoneRegion(), s.zoneId(), s.business().createdAt());
                });
    }

    /** A new one-time code for pairing a till with one of the business's stores, valid for 15 minutes. */
    @Transactional
    public IssuedPairingCode issuePairingCode(String businessId, String storeId, String staffId) {
        Store store = em.find(Store.class, storeId);
        if (store == null || !store.business().id().equals(businessId)) {
            throw new ApiException(Status.NOT_FOUND, "unknown_store", "No such store");
        }
        String code = PairingCodes.newCode();
        Instant now = clock.instant();
        Instant expires = now.plus(PairingCodes.VALIDITY);
        em.persist(new PairingCode(Secrets.sha256Hex(normalizeCode(code)), store, now, expires, staffId));
        return new IssuedPairingCode(code, store.name(), expires);
    }

    /** Revokes a till of the business: its token stops working at once. */
    @Transactional
    public void revoke(String businessId, String terminalId, String staffId) {
        Terminal terminal = em.find(Terminal.class, terminalId, LockModeType.PESSIMISTIC_WRITE);
        if (terminal == null || !terminal.store().business().id().equals(businessId)) {
            throw new ApiException(Status.NOT_FOUND, "unknown_terminal", "No such till");
        }
        terminal.revoke(clock.instant(), staffId);
        recognized.values().removeIf(r -> r.terminal().terminalId().equals(terminalId));
    }

    /** The business's tills, newest first. */
    public List<Terminal> tillsOf(String businessId) {
        return em.createQuery("SELECT t FROM Terminal t WHERE t.store.business.id = :b ORDER BY t.pairedAt DESC",
                Terminal.class).setParameter("b", businessId).getResultList();
    }

    public List<Store> storesOf(String businessId) {
        return em.createQuery("SELECT s FROM Store s WHERE s.business.id = :b ORDER BY s.name", Store.class)
                .setParameter("b", businessId).getResultList();
    }

    /**
     * The zone a business's schedules, expiry dates and pages use: its first store's (by name), UTC for a business
     * without stores.
     */
    public java.time.ZoneId zoneOf(String businessId) {
        return storesOf(businessId).stream().findFirst().map(s -> java.time.ZoneId.of(s.zoneId()))
                .orElse(java.time.ZoneOffset.UTC);
    }

    /** Codes are read aloud and typed; case and separators do not matter. */
    public static String normalizeCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
