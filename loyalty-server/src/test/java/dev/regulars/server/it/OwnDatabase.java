package dev.regulars.server.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;

/**
 * A database of a test class's own on the shared MariaDB, at the latest schema, for figures worked out by hand from
 * a small business the test makes (nobody else's rows in it). Drop it after the class.
 *
 * @param name the database's name
 * @param url  its JDBC address
 */
record OwnDatabase(String name, String url) {

    /** Creates {@code prefix_<random>} and migrates it. */
    static OwnDatabase create(String prefix) throws Exception {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = prefix + "_" + HexFormat.of().formatHex(random);
        String shared = TestDatabase.serverProperties().get("regulars.db.url");
        OwnDatabase db = new OwnDatabase(name, shared.replaceFirst("/[A-Za-z0-9_]+\\?", "/" + name + "?"));
        try (Connection admin = TestDatabase.connect(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/migration").load().migrate();
        return db;
    }

    /** A connection in a transaction, without the foreign keys to what the test leaves out (terminals, programs). */
    Connection connect() throws Exception {
        Connection db = DriverManager.getConnection(url);
        try (Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
        db.setAutoCommit(false);
        return db;
    }

    void drop() throws Exception {
        try (Connection admin = TestDatabase.connect(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
