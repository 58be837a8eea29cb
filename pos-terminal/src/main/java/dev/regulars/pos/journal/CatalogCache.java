package dev.regulars.pos.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.regulars.core.catalog.Barcodes;
import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.WireJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The store's catalog (categories, active items with their modifier groups as JSON, pictures by SHA-256) and
 * cashiers as the till keeps them offline. An item the server says is inactive is dropped; a picture no item shows
 * any more is dropped. The journal calls it under its own lock.
 */
final class CatalogCache {

    /** A category's colour when the server has not sent its categories (an older server). */
    static final String PLAIN_COLOUR = "#8D6E63";
    private static final String ITEM = "SELECT c.sku, c.name, c.category, c.price_minor, c.vat_rate_bp, c.barcode,"
            + " c.image_sha256, c.modifier_groups, c.position FROM catalog c ";
    private static final TypeReference<List<ModifierGroup>> GROUPS = new TypeReference<>() {
    };

    private final Connection connection;

    CatalogCache(Connection connection) {
        this.connection = connection;
    }

    /** Stores the catalog and cashiers of a page of changes, in the caller's transaction. */
    void apply(ChangesPage page) throws SQLException {
        try (PreparedStatement item = connection.prepareStatement("INSERT OR REPLACE INTO catalog (sku, name, category,"
                + " price_minor, vat_rate_bp, barcode, image_sha256, modifier_groups, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement drop = connection.prepareStatement("DELETE FROM catalog WHERE sku = ?");
             PreparedStatement cashier = connection.prepareStatement(
                     "INSERT OR REPLACE INTO cashier (id, name, pin_hash, manager) VALUES (?, ?, ?, ?)");
             PreparedStatement gone = connection.prepareStatement("DELETE FROM cashier WHERE id = ?")) {
            for (CatalogItem c : page.catalog()) {
                if (!c.active()) {
                    drop.setString(1, c.sku());
                    drop.executeUpdate();
                    continue;
                }
                item.setString(1, c.sku());
                item.setString(2, c.name());
                item.setString(3, c.category());
                item.setLong(4, c.priceMinor());
                item.setInt(5, c.vatRate().value());
                item.setString(6, Barcodes.normalize(c.barcode()));
                item.setString(7, c.imageSha256());
                item.setString(8, json(c.modifierGroups()));
                item.setInt(9, c.position());
                item.executeUpdate();
            }
            for (CashierRecord c : page.cashiers()) {
                if (!c.isActive()) {
                    // a deactivated person cannot log in here any more, offline included
                    gone.setString(1, c.cashierId().toString());
                    gone.executeUpdate();
                    continue;
                }
                cashier.setString(1, c.cashierId().toString());
                cashier.setString(2, c.name());
                cashier.setString(3, c.pinHash());
                cashier.setInt(4, c.isManager() ? 1 : 0);
                cashier.executeUpdate();
            }
        }
        if (!page.categories().isEmpty()) { // the server sent them all: they replace the list
            try (Statement st = connection.createStatement();
                 PreparedStatement category = connection.prepareStatement(
                         "INSERT INTO catalog_category (name, colour, position) VALUES (?, ?, ?)")) {
                st.executeUpdate("DELETE FROM catalog_category");
                for (CatalogCategory c : page.categories()) {
                    if (c.active()) {
                        category.setString(1, c.name());
                        category.setString(2, c.colour());
                        category.setInt(3, c.position());
                        category.executeUpdate();
                    }
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM catalog_image WHERE sha256 NOT IN"
                    + " (SELECT image_sha256 FROM catalog WHERE image_sha256 IS NOT NULL)");
        }
    }

    /** Every item, in the grid's order: categories by position, then items by position and name. */
    List<CatalogItem> catalog() {
        return items(ITEM + "LEFT JOIN catalog_category k ON k.name = c.category"
                + " ORDER BY k.position IS NULL, k.position, c.category, c.position, c.name");
    }

    /** The items of one category, in the grid's order (position, then name). */
    List<CatalogItem> itemsIn(String category) {
        return items(ITEM + "WHERE c.category = ? ORDER BY c.position, c.name", category);
    }

    /** The item with this barcode, however the scanner wrote it (core.catalog.Barcodes). */
    Optional<CatalogItem> byBarcode(String scanned) {
        String code = Barcodes.normalize(scanned);
        return code == null ? Optional.empty()
                : items(ITEM + "WHERE c.barcode = ? ORDER BY c.sku LIMIT 1", code).stream().findFirst();
    }

    /**
     * The categories of the grid in order (position, then name); a category the items name that the server has
     * not described (an older server) comes after them, in a plain colour.
     */
    List<CatalogCategory> categories() {
        Map<String, CatalogCategory> categories = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name, colour, position FROM catalog_category"
                    + " ORDER BY position, name")) {
                while (rs.next()) {
                    categories.put(rs.getString(1), new CatalogCategory(rs.getString(1), rs.getString(2),
                            rs.getInt(3), true));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT category FROM catalog ORDER BY category")) {
                while (rs.next()) {
                    categories.putIfAbsent(rs.getString(1), new CatalogCategory(rs.getString(1), PLAIN_COLOUR,
                            Integer.MAX_VALUE, true));
                }
            }
            return List.copyOf(categories.values());
        } catch (SQLException e) {
            throw new JournalException("cannot read the categories", e);
        }
    }

    Optional<byte[]> image(String sha256) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT bytes FROM catalog_image WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read a picture", e);
        }
    }

    /** Pictures items show that the till has not fetched yet, at most {@code limit}. */
    List<String> missingImages(int limit) {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT image_sha256 FROM catalog"
                + " WHERE image_sha256 IS NOT NULL AND image_sha256 NOT IN (SELECT sha256 FROM catalog_image)"
                + " ORDER BY image_sha256 LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(rs.getString(1));
                }
            }
            return missing;
        } catch (SQLException e) {
            throw new JournalException("cannot list the pictures to fetch", e);
        }
    }

    /**
     * Keeps a fetched picture.
     *
     * @throws JournalException when the bytes are not the picture {@code sha256} names (a broken download)
     */
    void saveImage(String sha256, byte[] bytes) {
        if (!sha256Hex(bytes).equals(sha256)) {
            throw new JournalException("the picture fetched for " + sha256 + " has other bytes", null);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO catalog_image (sha256, bytes) VALUES (?, ?)")) {
            ps.setString(1, sha256);
            ps.setBytes(2, bytes);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot keep a picture", e);
        }
    }

    List<CashierRecord> cashiers() {
        List<CashierRecord> cashiers = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, pin_hash, manager FROM cashier ORDER BY name")) {
            while (rs.next()) {
                cashiers.add(new CashierRecord(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4) != 0, true));
            }
            return cashiers;
        } catch (SQLException e) {
            throw new JournalException("cannot read the cashiers", e);
        }
    }

    private List<CatalogItem> items(String sql, String... params) {
        List<CatalogItem> items = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new CatalogItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            BasisPoints.valueOf(rs.getInt(5)), rs.getString(6), rs.getString(7),
                            WireJson.mapper().readValue(rs.getString(8), GROUPS), true, rs.getInt(9)));
                }
            }
            return items;
        } catch (SQLException | JsonProcessingException e) {
            throw new JournalException("cannot read the catalog", e);
        }
    }

    private static String json(List<ModifierGroup> groups) {
        try {
            return WireJson.mapper().writeValueAsString(groups);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("wire records always serialize", e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
