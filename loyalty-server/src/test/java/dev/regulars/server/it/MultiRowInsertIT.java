package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.server.platform.MultiRowInsert;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The many-rows-to-a-statement writer of the sync path, against MariaDB. */
@ExtendWith(TestDatabase.class)
class MultiRowInsertIT {

    private final MultiRowInsert insert = new MultiRowInsert("multi_row_probe", List.of("id", "kind", "at", "note"));

    enum Kind { EARN, REDEEM }

    @Test
    void writesEveryRowAcrossStatementsWithInstantsInUtcAndEnumsByName() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE multi_row_probe (id INT PRIMARY KEY, kind VARCHAR(10) NOT NULL,"
                    + " at DATETIME(6) NOT NULL, note VARCHAR(20))");
            Instant at = Instant.parse("2026-11-24T10:15:30.123456Z");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 1201; i++) { // three statements of at most 500 rows
                rows.add(new Object[] {i, i % 2 == 0 ? Kind.EARN : Kind.REDEEM, at.plusSeconds(i),
                        i == 7 ? null : "n" + i});
            }
            insert.insert(db, rows);
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(id), SUM(kind = 'REDEEM'),"
                    + " MIN(at), MAX(at), SUM(note IS NULL) FROM multi_row_probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1201);
                assertThat(rs.getLong(2)).isEqualTo(1200L * 1201 / 2);
                assertThat(rs.getInt(3)).isEqualTo(600);
                assertThat(rs.getString(4)).isEqualTo("2026-11-24 10:15:30.123456");
                assertThat(rs.getString(5)).isEqualTo("2026-11-24 10:35:30.123456");
                assertThat(rs.getInt(6)).isEqualTo(1);
            }
        }
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefusedBeforeAnythingIsWritten() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE multi_row_probe (id INT PRIMARY KEY, kind VARCHAR(10) NOT NULL,"
                    + " at DATETIME(6) NOT NULL, note VARCHAR(20))");
            List<Object[]> rows = List.of(new Object[] {1, Kind.EARN, Instant.EPOCH, "a"},
                    new Object[] {2, Kind.EARN, Instant.EPOCH});
            assertThatThrownBy(() -> insert.insert(db, rows)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("multi_row_probe has 4 columns to write, a row brought 3");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM multi_row_probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
