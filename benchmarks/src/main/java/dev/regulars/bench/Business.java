package dev.regulars.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.WireJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The demo business the server seeded: where the benchmark's customers and tills live. */
record Business(String id, String phoneKey, String storeId, ProgramRules rules, List<CatalogItem> catalog) {

    static Business load(Connection db) throws Exception {
        ObjectMapper json = WireJson.mapper();
        try (Statement st = db.createStatement()) {
            String id;
            String key;
            try (ResultSet rs = st.executeQuery("SELECT id, phone_hmac_key FROM business LIMIT 1")) {
                rs.next();
                id = rs.getString(1);
                key = rs.getString(2);
            }
            String store;
            try (ResultSet rs = st.executeQuery("SELECT id FROM store WHERE business_id = '" + id + "'")) {
                rs.next();
                store = rs.getString(1);
            }
            ProgramRules rules;
            try (ResultSet rs = st.executeQuery("SELECT rules_json FROM program_version WHERE business_id = '"
                    + id + "' ORDER BY version DESC LIMIT 1")) {
                rs.next();
                rules = json.readValue(rs.getString(1), ProgramRules.class);
            }
            List<CatalogItem> catalog = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT p.sku, p.name, c.name, p.price_minor FROM product p"
                    + " JOIN catalog_category c ON c.id = p.category_id WHERE p.business_id = '" + id + "'"
                    + " AND p.active")) {
                while (rs.next()) {
                    catalog.add(new CatalogItem(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getLong(4)));
                }
            }
            return new Business(id, key, store, rules, catalog);
        }
    }
}
