package dev.regulars.pos.journal;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The store's catalog and cashiers as the till keeps them offline. The journal calls it under its own lock. */
final class CatalogCache {

    private CatalogCache() {
    }

    /** Stores the catalog and cashiers of a page of changes, in the caller's transaction. */
    static void apply(Connection connection, ChangesPage page) throws SQLException {
        try (PreparedStatement item = connection.prepareStatement(
                "INSERT OR REPLACE INTO catalog (sku, name, category, price_minor) VALUES (?, ?, ?, ?)");
             PreparedStatement cashier = connection.prepareStatement(
                     "INSERT OR REPLACE INTO cashier (id, name, pin_hash) VALUES (?, ?, ?)")) {
            for (CatalogItem c : page.catalog()) {
                item.setString(1, c.sku());
                item.setString(2, c.name());
                item.setString(3, c.category());
                item.setLong(4, c.priceMinor());
                item.executeUpdate();
            }
            for (CashierRecord c : page.cashiers()) {
                cashier.setString(1, c.cashierId().toString());
                cashier.setString(2, c.name());
                cashier.setString(3, c.pinHash());
                cashier.executeUpdate();
            }
        }
    }

    static List<CatalogItem> catalog(Connection connection) {
        List<CatalogItem> items = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT sku, name, category, price_minor FROM catalog"
                     + " ORDER BY category, name")) {
            while (rs.next()) {
                items.add(new CatalogItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
            return items;
        } catch (SQLException e) {
            throw new JournalException("cannot read the catalog", e);
        }
    }

    static List<CashierRecord> cashiers(Connection connection) {
        List<CashierRecord> cashiers = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, pin_hash FROM cashier ORDER BY name")) {
            while (rs.next()) {
                cashiers.add(new CashierRecord(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3)));
            }
            return cashiers;
        } catch (SQLException e) {
            throw new JournalException("cannot read the cashiers", e);
        }
    }
}
