package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folds what the sales context's outbox (sale_outbox) holds for one business into the roll-ups, in one transaction:
 * the store days those sales and refunds fall on are worked out again, and so are their customers; then the rows
 * are deleted. The business's analytics_state row is held for the round, so two nodes never fold the same rows,
 * and a rebuild waits for a round to finish (and the other way round).
 */
@ApplicationScoped
public class RollupRound {

    /** Outbox rows one round takes at most: a round stays a short transaction even after an outage. */
    static final int ROWS_PER_ROUND = 2000;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /**
     * The businesses with something in the outbox, or with a customer merged into another since whose figures still
     * stand on their own (the merge moves them to the record that stays).
     */
    public List<String> businessesWithWork() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT business_id FROM sale_outbox UNION SELECT c.business_id"
                + " FROM customer c JOIN analytics_customer a ON a.customer_id = c.id"
                + " WHERE c.merged_into IS NOT NULL").getResultList();
        return ids;
    }

    /** @return how many outbox rows were folded in (a full round, {@link #ROWS_PER_ROUND}, means: run again) */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public int fold(String businessId) {
        try {
            return fold(em.unwrap(Connection.class), businessId, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("could not fold the sales into the figures: " + e.getMessage(), e);
        }
    }

    /**
     * A round on the caller's connection and transaction (commit after): the work of {@link #fold(String)}.
     *
     * @return outbox rows folded in
     */
    public static int fold(Connection connection, String businessId, Instant now) throws SQLException {
        lock(connection, businessId);
        Map<String, ZoneId> zones = zones(connection, businessId);
        List<Long> ids = new ArrayList<>();
        Set<String> customers = new LinkedHashSet<>();
        Set<Map.Entry<String, LocalDate>> days = new LinkedHashSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT id, store_id, customer_id, happened_at"
                + " FROM sale_outbox WHERE business_id = ? ORDER BY id LIMIT " + ROWS_PER_ROUND)) {
            st.setString(1, businessId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    String store = rs.getString(2);
                    ZoneId zone = zones.getOrDefault(store, ZoneOffset.UTC);
                    days.add(Map.entry(store, rs.getObject(4, LocalDateTime.class).atOffset(ZoneOffset.UTC)
                            .atZoneSameInstant(zone).toLocalDate()));
                    if (rs.getString(3) != null) {
                        customers.add(rs.getString(3));
                    }
                }
            }
        }
        customers.addAll(mergedStillCounted(connection, businessId));
        for (Map.Entry<String, LocalDate> day : days) {
            StoreDays.refresh(connection, day.getKey(), zones.getOrDefault(day.getKey(), ZoneOffset.UTC),
                    day.getValue());
        }
        for (String customer : customers) {
            CustomerRollups.refresh(connection, businessId, customer, zones);
        }
        if (!ids.isEmpty()) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM sale_outbox WHERE id IN ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE analytics_state SET folded_at = ? WHERE business_id = ?")) {
            st.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            st.setString(2, businessId);
            st.executeUpdate();
        }
        return ids.size();
    }

    /** Customers merged into another whose own roll-up rows are still there (the index on merged_into finds them). */
    private static List<String> mergedStillCounted(Connection connection, String businessId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT c.id FROM customer c"
                + " JOIN analytics_customer a ON a.customer_id = c.id"
                + " WHERE c.merged_into IS NOT NULL AND c.business_id = ?")) {
            st.setString(1, businessId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Holds the business's analytics_state row (made at the first round) until the transaction ends. */
    static void lock(Connection connection, String businessId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT IGNORE INTO analytics_state (business_id) VALUES (?)")) {
            st.setString(1, businessId);
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT business_id FROM analytics_state WHERE business_id = ? FOR UPDATE")) {
            st.setString(1, businessId);
            st.executeQuery().close();
        }
    }

    /** Every store of the business with its zone. */
    static Map<String, ZoneId> zones(Connection connection, String businessId) throws SQLException {
        Map<String, ZoneId> zones = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, zone_id FROM store WHERE business_id = ?")) {
            st.setString(1, businessId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    zones.put(rs.getString(1), ZoneId.of(rs.getString(2)));
                }
            }
        }
        return zones;
    }
}
