package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V34 makes customer_consent the one record of consent: on a database of its own at schema V32, customers as the old
 * code left them (the demo seed's regulars with the old column's "yes" and no per-channel answer; a customer whose
 * card page changed one channel since; an erased record), then the rest of the migrations. Each channel without an
 * answer gets the old column's, answers given per channel stay as they were, and the old columns are gone.
 */
@ExtendWith(TestDatabase.class)
class ConsentMigrationIT {

    @Test
    void theOldColumnFillsOnlyMissingChannelsAndIsDropped() throws Exception {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String database = "regulars_v34_" + HexFormat.of().formatHex(random);
        String url = TestDatabase.serverProperties().get("regulars.db.url");
        String ownUrl = url.replaceFirst("/[A-Za-z0-9_]+\\?", "/" + database + "?");
        try (Connection admin = TestDatabase.connect(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
        try {
            Flyway.configure().dataSource(ownUrl, null, null).locations("classpath:db/migration").target("32")
                    .load().migrate();
            try (Connection db = DriverManager.getConnection(ownUrl); Statement st = db.createStatement()) {
                st.execute("SET FOREIGN_KEY_CHECKS = 0"); // customers without their business: only consent matters
                st.execute("INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name,"
                        + " marketing_consent, consent_at, consent_source, points_balance, visits, total_spend_minor,"
                        + " enrolled_at, change_seq) VALUES"
                        + " ('c-seeded', 'b', '+31612345678', REPEAT('a', 43), 'Eva', TRUE, '2026-01-02 10:00:00',"
                        + " 'demo seed', 0, 0, 0, '2026-01-02 10:00:00', 1),"
                        + " ('c-changed', 'b', '+31612345679', REPEAT('b', 43), 'Ada', TRUE, '2026-01-02 10:00:00',"
                        + " 'till:Front', 0, 0, 0, '2026-01-02 10:00:00', 2),"
                        + " ('c-erased', 'b', NULL, NULL, NULL, FALSE, NULL, NULL, 0, 0, 0, '2026-01-02 10:00:00', 3)");
                st.execute("UPDATE customer SET erased_at = '2026-02-01 10:00:00' WHERE id = 'c-erased'");
                // Ada agreed at the till, then turned SMS off on her card page: only the per-channel rows knew
                st.execute("INSERT INTO customer_consent (customer_id, channel, granted, changed_at, source) VALUES"
                        + " ('c-changed', 'SMS', FALSE, '2026-03-01 10:00:00', 'card page'),"
                        + " ('c-changed', 'EMAIL', TRUE, '2026-01-02 10:00:00', 'till:Front'),"
                        + " ('c-changed', 'PUSH', TRUE, '2026-01-02 10:00:00', 'till:Front')");
            }

            Flyway.configure().dataSource(ownUrl, null, null).locations("classpath:db/migration").load().migrate();

            try (Connection db = DriverManager.getConnection(ownUrl); Statement st = db.createStatement()) {
                assertThat(answers(st, "c-seeded")).isEqualTo(Map.of("EMAIL", "1 demo seed 2026-01-02 10:00:00",
                        "PUSH", "1 demo seed 2026-01-02 10:00:00", "SMS", "1 demo seed 2026-01-02 10:00:00"));
                assertThat(answers(st, "c-changed")).isEqualTo(Map.of("EMAIL", "1 till:Front 2026-01-02 10:00:00",
                        "PUSH", "1 till:Front 2026-01-02 10:00:00", "SMS", "0 card page 2026-03-01 10:00:00"));
                assertThat(answers(st, "c-erased")).isEmpty();
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE"
                        + " table_schema = DATABASE() AND table_name = 'customer' AND column_name IN"
                        + " ('marketing_consent', 'consent_at', 'consent_source')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the old columns are gone").isZero();
                }
            }
        } finally {
            try (Connection admin = TestDatabase.connect(); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    /** channel -> "granted source changed_at" */
    private static Map<String, String> answers(Statement st, String customerId) throws Exception {
        Map<String, String> answers = new TreeMap<>();
        try (ResultSet rs = st.executeQuery("SELECT channel, granted, source, DATE_FORMAT(changed_at,"
                + " '%Y-%m-%d %H:%i:%s') FROM customer_consent WHERE customer_id = '" + customerId + "'")) {
            while (rs.next()) {
                answers.put(rs.getString(1), rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return answers;
    }
}
