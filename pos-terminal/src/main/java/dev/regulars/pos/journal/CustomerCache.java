package dev.regulars.pos.journal;

import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.IdentifiedCustomer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customers this till can find offline: by the keyed hash of their phone or by the number of a card linked to
 * them. Balances are the server's last word plus what this till's unsynced sales did. Shares the journal's
 * connection and its lock.
 */
public final class CustomerCache {

    private static final String CUSTOMER = "SELECT c.phone_hmac, c.customer_id, c.first_name, c.balance"
            + " + COALESCE((SELECT SUM(points_earned - points_redeemed) FROM sale s WHERE s.phone_hmac = c.phone_hmac"
            + " AND s.synced <> 1), 0), c.tier, c.referral_due,"
            + " EXISTS (SELECT 1 FROM sale s WHERE s.phone_hmac = c.phone_hmac AND s.synced <> 1)"
            + " FROM customer_cache c ";

    private final Journal journal;
    private final Connection connection;

    CustomerCache(Journal journal, Connection connection) {
        this.journal = journal;
        this.connection = connection;
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
        synchronized (journal) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
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
        }
    }

    /** Remembers a customer enrolled at this till, so the next sale finds them before the server has answered. */
    public void cacheEnrolled(String phoneHmac, String firstName, String tier) {
        synchronized (journal) {
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
        }
    }

    /**
     * Caches a customer the server just found by phone. The next pull of changes brings the same row, and then
     * updates it like any other.
     */
    public void cacheFound(String phoneHmac, IdentifiedCustomer found) {
        synchronized (journal) {
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
        }
    }

    /**
     * Stores customers from the server's changes, in the caller's transaction. A row's cards replace the old ones; a
     * row of an erased customer removes every phone and card of theirs (a merged record's phones name them too).
     */
    void apply(List<CustomerCacheRow> rows) throws SQLException {
        try (PreparedStatement customer = connection.prepareStatement(
                "INSERT INTO customer_cache (phone_hmac, customer_id, first_name, balance, tier, referral_due)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (phone_hmac) DO UPDATE SET"
                        + " customer_id = excluded.customer_id, first_name = excluded.first_name,"
                        + " balance = excluded.balance, tier = excluded.tier,"
                        + " referral_due = excluded.referral_due");
             PreparedStatement forget = connection.prepareStatement("DELETE FROM card_cache WHERE customer_id = ?");
             PreparedStatement card = connection.prepareStatement(
                     "INSERT OR REPLACE INTO card_cache (card_number, customer_id) VALUES (?, ?)");
             PreparedStatement erase = connection.prepareStatement("DELETE FROM customer_cache WHERE customer_id = ?")) {
            for (CustomerCacheRow row : rows) {
                String id = row.customerId().toString();
                if (row.forget()) {
                    erase.setString(1, id);
                    erase.executeUpdate();
                    forget.setString(1, id);
                    forget.executeUpdate();
                    continue;
                }
                customer.setString(1, row.phoneHmac());
                customer.setString(2, id);
                customer.setString(3, row.firstName());
                customer.setLong(4, row.pointsBalance());
                customer.setString(5, row.tier());
                customer.setInt(6, row.referralDiscountDue() ? 1 : 0);
                customer.executeUpdate();
                forget.setString(1, id);
                forget.executeUpdate();
                for (String number : row.cardNumbers()) {
                    card.setString(1, number);
                    card.setString(2, id);
                    card.executeUpdate();
                }
            }
        }
    }
}
