package dev.regulars.server.wallet;

import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerCard;
import dev.regulars.server.customers.CustomerCards;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The customers' passes (table wallet_pass): made when a customer first asks for one on their card page, found by
 * serial number for the PassKit web service, and given news by campaigns. The serial number is the customer's phone
 * card number (customers' CustomerCards: made now when a customer enrolled at a till has none).
 */
@ApplicationScoped
public class WalletPasses {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerCards cards;
    @Inject
    private WalletSettings settings;
    @Inject
    private Clock clock;

    /**
     * The customer's pass, made now if they have none (with the card number, balance and tier they have now). The
     * first pass of a business starts the Wallet job's cursor at the business's current change number: what changed
     * before is in the pass already.
     */
    @Transactional
    public WalletPass issue(Customer customer) {
        Customer locked = customers.lockById(customer.businessId(), customer.id()).orElseThrow();
        Optional<WalletPass> existing = ofCustomer(locked.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        CustomerCard card = cards.phoneCard(locked, now);
        String serial = card.cardNumber();
        String token = settings.tokenKey().map(k -> new PassTokens(k).tokenOf(serial)).orElse(Secrets.newToken());
        em.createNativeQuery("INSERT IGNORE INTO wallet_cursor (business_id, last_seq) SELECT business_id, last_value"
                + " FROM change_sequence WHERE business_id = ?").setParameter(1, locked.businessId()).executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO wallet_cursor (business_id, last_seq) VALUES (?, 0)")
                .setParameter(1, locked.businessId()).executeUpdate();
        em.createNativeQuery("INSERT INTO wallet_pass (serial_number, business_id, customer_id, auth_token_sha256,"
                        + " points, tier, news, update_tag, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")
                .setParameter(1, serial).setParameter(2, locked.businessId()).setParameter(3, locked.id())
                .setParameter(4, PassTokens.stored(token)).setParameter(5, locked.pointsBalance())
                .setParameter(6, tierOf(locked)).setParameter(7, UpdateTags.next(0, now))
                .setParameter(8, utc(now)).setParameter(9, utc(now)).executeUpdate();
        return find(serial).orElseThrow();
    }

    /** The pass of this serial number. */
    public Optional<WalletPass> find(String serialNumber) {
        return first(em.createNativeQuery(SELECT + " WHERE serial_number = ?").setParameter(1, serialNumber)
                .getResultList());
    }

    /** The pass of this customer, if they have one. */
    public Optional<WalletPass> ofCustomer(String customerId) {
        return first(em.createNativeQuery(SELECT + " WHERE customer_id = ?").setParameter(1, customerId)
                .getResultList());
    }

    /**
     * The passes of these customers that some device registered for (Wallet messages reach them), by customer id:
     * the serial number a Wallet message goes to.
     */
    public java.util.Map<String, String> reachable(Collection<String> customerIds) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (customerIds.isEmpty()) {
            return out;
        }
        var query = em.createNativeQuery("SELECT DISTINCT p.customer_id, p.serial_number FROM wallet_pass p"
                + " JOIN wallet_registration r ON r.serial_number = p.serial_number WHERE p.voided_at IS NULL"
                + " AND p.customer_id IN ("
                + String.join(",", java.util.Collections.nCopies(customerIds.size(), "?")) + ")");
        int i = 1;
        for (String id : customerIds) {
            query.setParameter(i++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** The first name the pass shows, read from the customer's record (null when they gave none). */
    public String memberName(WalletPass pass) {
        return customers.byId(pass.businessId(), pass.customerId()).map(Customer::firstName).orElse(null);
    }

    static String tierOf(Customer customer) {
        String tier = customer.tier();
        return tier == null || tier.isBlank() ? "-" : tier;
    }

    private static final String SELECT = "SELECT serial_number, business_id, customer_id, auth_token_sha256, points,"
            + " tier, news, update_tag, updated_at, voided_at IS NOT NULL FROM wallet_pass";

    private static Optional<WalletPass> first(List<?> rows) {
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new WalletPass((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).longValue(), (String) r[5], (String) r[6], ((Number) r[7]).longValue(),
                    instant(r[8]), truth(r[9]));
        });
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
