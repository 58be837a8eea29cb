package dev.regulars.pos.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Key-value rows of the journal's setting table; the Journal serializes access to it. */
final class Settings {

    private final Connection connection;

    Settings(Connection connection) {
        this.connection = connection;
    }

    Optional<String> get(String key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read setting " + key, e);
        }
    }

    void put(String key, String value) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot write setting " + key, e);
        }
    }

    void delete(String key) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot clear setting " + key, e);
        }
    }
}
