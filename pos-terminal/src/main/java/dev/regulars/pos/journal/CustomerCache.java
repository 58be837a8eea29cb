package dev.regulars.pos.journal;

import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.IdentifiedCustomer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The customers this till can find offline: by the keyed hash of their phone or by the number of a card linked to
 * them. Balances are the server's last word plus what this till's unsynced sales did. Writes share the journal's
 * connection and its lock; lookups read on the journal's second connection, which sees what is committed.
 */
public final class CustomerCache {

    private static final String CUSTOMER = "SELECT c.phone_hmac, c.customer_id, c.first_name, c.balance"
            + " + COALESCE((SELECT SUM(points_earned - points_redeemed) FROM sale s WHERE s.phone_hmac = c.phone_hmac"
            + " AND s.synced <> 1), 0), c.tier, c.referral_due,"
            + " EXISTS (SELECT 1 FROM sale s WHERE s.phone_hmac = c.phone_hmac AND s.synced <> 1)"
            + " FROM customer_cache c ";

    private final JournalDb db;
    private final Connection connection;
    /** Lookups read here, without the journal's lock: what is committed, while a sync or a sale writes. */
    private final Connection reader;

    CustomerCache(JournalDb db) {
        this.db = db;
        this.connection = db.connection;
        this.reader = db.reader;
    }

    /** The customer with this phone hash. */
    public Optional<CachedCustomer> byPhoneHmac(String phoneHmac) {
        return one(CUSTOMER + "WHERE c.phone_hmac = ?", phoneHmac);
    }

    /** The customer a card (normalized number) is linked to, as the server last said. */
    public Optional<CachedCustomer> byCard(String cardNumber) {
        // a merged customer's phones all lead to the survivor: any of its rows gives the same figures
        return one(CUSTOMER + "JOIN card_cache k ON k.customer_id = c.customer_id WHERE k.card_number = ?"
                + " ORDER BY c.phone_hmac LIMIT 1", cardNumber);
    }

    private Optional<CachedCustomer> one(String sql, String key) {
        return db.reading(() -> {
            try (PreparedStatement ps = reader.prepareStatement(sql)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String id = rs.getString(2);
                    // the friend's discount is for the first purchase only: an unsynced sale here already had it
                    boolean referralDue = rs.getInt(6) != 0 && !rs.getBoolean(7);
                    return Optional.of(new CachedCustomer(rs.getString(1), id == null ? null : UUID.fromString(id),
                            rs.getString(3), rs.getLong(4), rs.getString(5), referralDue));
                }
            } catch (SQLException e) {
                throw new JournalException("cannot read the customer cache", e);
            }
        });
    }

    /** Remembers a customer enrolled at this till, so the next sale finds them before the server has answered. */
    public void cacheEnrolled(String phoneHmac, String firstName, String tier) {
        db.withLockDo(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR IGNORE INTO customer_cache (phone_hmac, customer_id, first_name, balance, tier,"
                            + " referral_due) VALUES (?, NULL, ?, 0, ?, 0)")) {
                ps.setString(1, phoneHmac);
                ps.setString(2, firstName);
                ps.setString(3, tier);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new JournalException("cannot cache the new customer", e);
            }
        });
    }

    /**
     * Caches a customer the server just found by phone. The next pull of changes brings the same row, and then
     * updates it like any other.
     */
    public void cacheFound(String phoneHmac, IdentifiedCustomer found) {
        db.withLockDo(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR REPLACE INTO customer_cache (phone_hmac, customer_id, first_name, balance, tier,"
                            + " referral_due) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, phoneHmac);
                ps.setString(2, found.customerId().toString());
                ps.setString(3, found.firstName());
                ps.setLong(4, found.pointsBalance());
                ps.setString(5, found.tier());
                ps.setInt(6, found.referralDiscountDue() ? 1 : 0);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new JournalException("cannot cache the customer", e);
            }
        });
    }

    /**
     * Sets a row's six columns in the cache's order (phone hash, id, first name, balance, tier, referral due) from
     * parameter {@code first} on.
     */
    static void bind(PreparedStatement ps, int first, CustomerCacheRow row) throws SQLException {
        ps.setString(first, row.phoneHmac());
        ps.setString(first + 1, row.customerId().toString());
        ps.setString(first + 2, row.firstName());
        ps.setLong(first + 3, row.pointsBalance());
        ps.setString(first + 4, row.tier());
        ps.setInt(first + 5, row.referralDiscountDue() ? 1 : 0);
    }

    /**
     * Stores customers from the server's changes, in the caller's transaction. A row's cards replace the old ones
     * (a customer listed twice keeps the cards of its last row); a row of an erased customer removes every phone and
     * card of theirs (a merged record's phones name them too). Each statement goes to SQLite as one batch: the
     * driver binds a batch's rows natively in one call, where row by row cost a dozen calls into it per customer.
     */
    void apply(List<CustomerCacheRow> rows) throws SQLException {
        Map<String, List<String>> cards = new LinkedHashMap<>();
        try (PreparedStatement customer = connection.prepareStatement(
                "INSERT INTO customer_cache (phone_hmac, customer_id, first_name, balance, tier, referral_due)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (phone_hmac) DO UPDATE SET"
                        + " customer_id = excluded.customer_id, first_name = excluded.first_name,"
                        + " balance = excluded.balance, tier = excluded.tier,"
                        + " referral_due = excluded.referral_due");
             PreparedStatement erase = connection.prepareStatement("DELETE FROM customer_cache WHERE customer_id = ?");
             PreparedStatement eraseCards = connection.prepareStatement(
                     "DELETE FROM card_cache WHERE customer_id = ?")) {
            for (CustomerCacheRow row : rows) {
                String id = row.customerId().toString();
                if (row.forget()) {
                    // the page's rows before it go first: the erasure wins over what they said of this customer
                    customer.executeBatch();
                    erase.setString(1, id);
                    erase.executeUpdate();
                    eraseCards.setString(1, id);
                    eraseCards.executeUpdate();
                    cards.remove(id);
                    continue;
                }
                bind(customer, 1, row);
                customer.addBatch();
                cards.remove(id);
                cards.put(id, row.cardNumbers());
            }
            customer.executeBatch();
        }
        // every customer's old cards go before any new card is linked: a card that moved between two customers
        // of the page ends with the one the server now names
        try (PreparedStatement forget = connection.prepareStatement("DELETE FROM card_cache WHERE customer_id = ?");
             PreparedStatement card = connection.prepareStatement(
                     "INSERT OR REPLACE INTO card_cache (card_number, customer_id) VALUES (?, ?)")) {
            for (var customerCards : cards.entrySet()) {
                forget.setString(1, customerCards.getKey());
                forget.addBatch();
                for (String number : customerCards.getValue()) {
                    card.setString(1, number);
                    card.setString(2, customerCards.getKey());
                    card.addBatch();
                }
            }
            forget.executeBatch();
            card.executeBatch();
        }
    }
}
