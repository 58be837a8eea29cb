package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first fill (pages from cursor 0 with more to come) written into a file of its own and swapped in as the
 * customer cache at its last page.
 */
class CustomerFillTest {

    @TempDir
    Path dir;

    private final UUID anna = UUID.randomUUID();
    private final UUID bram = UUID.randomUUID();
    private final UUID chloe = UUID.randomUUID();
    private final UUID dirk = UUID.randomUUID();

    @Test
    void theLastPageSwapsInTheFilledCacheWithItsIndexesAndLookupsFindEveryone() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            journal.applyChanges(page(1, true, row(anna, "anna", 10, "11111111")));
            journal.applyChanges(page(2, true, row(bram, "bram", 20, "22222222"), row(chloe, "chloe", 30),
                    row(dirk, "dirk", 40, "44444444")));
            assertThat(Files.exists(dir.resolve("journal-customers-fill.db"))).isTrue();

            // meanwhile: the pairing's page is found, the fill's customers are asked of the server
            assertThat(journal.customers().byPhoneHmac("anna")).isPresent();
            assertThat(journal.customers().byPhoneHmac("bram")).isEmpty();
            assertThat(journal.customers().byCard("11111111")).isPresent();
            journal.customers().cacheEnrolled("dana", "Dana", "Member");

            // Anna again, changed during the fill: no cards now; the card Bram had moved to Chloe; Dirk erased
            journal.applyChanges(page(3, false, row(anna, "anna", 15), row(chloe, "chloe", 35, "22222222"),
                    CustomerCacheRow.erasedCustomer(dirk)));

            assertThat(journal.customers().byPhoneHmac("anna")).map(CachedCustomer::balance).contains(15L);
            assertThat(journal.customers().byPhoneHmac("bram")).map(CachedCustomer::balance).contains(20L);
            assertThat(journal.customers().byPhoneHmac("dana")).map(CachedCustomer::firstName).contains("Dana");
            assertThat(journal.customers().byPhoneHmac("dirk")).isEmpty();
            assertThat(journal.customers().byCard("11111111")).isEmpty();
            assertThat(journal.customers().byCard("44444444")).isEmpty();
            assertThat(journal.customers().byCard("22222222")).map(CachedCustomer::customerId).contains(chloe);
            assertThat(count(journal, "SELECT COUNT(*) FROM customer_cache")).isEqualTo(4);
            assertThat(count(journal, "SELECT COUNT(*) FROM cache.sqlite_master WHERE name IN ('customer_fill',"
                    + " 'card_fill', 'forgotten', 'fill_state')")).isZero();
            assertThat(Files.exists(dir.resolve("journal-customers-fill.db"))).isFalse();
            // the lookups read by index, not by scanning a million rows
            assertThat(plan(journal, "SELECT * FROM customer_cache WHERE phone_hmac = 'x'")).contains("INDEX");
            assertThat(plan(journal, "SELECT * FROM customer_cache WHERE customer_id = 'x'")).contains("INDEX");
            assertThat(plan(journal, "SELECT * FROM card_cache WHERE customer_id = 'x'")).contains("INDEX");

            // after the fill, pages update the cache in place
            journal.applyChanges(page(4, false, row(bram, "bram", 25)));
            assertThat(journal.customers().byPhoneHmac("bram")).map(CachedCustomer::balance).contains(25L);
            assertThat(count(journal, "SELECT COUNT(*) FROM customer_cache")).isEqualTo(4);
        }
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.customers().byPhoneHmac("bram")).map(CachedCustomer::balance).contains(25L);
            assertThat(journal.cursor()).isEqualTo(4);
        }
    }

    @Test
    void aFillCutOffResumesFromTheLastPageItHoldsAndKeepsEachPhoneOnce() throws Exception {
        Path file = fillStarted();
        try (Journal journal = Journal.open(file)) {
            journal.applyChanges(page(3, true, row(chloe, "chloe", 30)));
            // as if the journal's cursor had been synced past the fill's pages and the fill's lost (a power cut)
            journal.db().withLockDo(() -> journal.db().inTransaction(() -> {
                try (Statement st = journal.db().connection.createStatement()) {
                    st.executeUpdate("UPDATE setting SET value = '9' WHERE key = 'cursor'");
                }
            }));
        }
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.cursor()).isEqualTo(3);
            // page 3 again, then the rest
            journal.applyChanges(page(3, true, row(chloe, "chloe", 30)));
            journal.applyChanges(page(4, false, row(bram, "bram", 21, "22222222")));

            assertThat(count(journal, "SELECT COUNT(*) FROM customer_cache")).isEqualTo(3);
            assertThat(count(journal, "SELECT COUNT(*) FROM card_cache")).isEqualTo(1);
            assertThat(journal.customers().byPhoneHmac("bram")).map(CachedCustomer::balance).contains(21L);
            assertThat(journal.customers().byCard("22222222")).map(CachedCustomer::customerId).contains(bram);
            assertThat(journal.cursor()).isEqualTo(4);
        }
    }

    @Test
    void aFinishedFillNotYetSwappedInIsSwappedInWhenTheJournalOpens() throws Exception {
        Path file = fillStarted();
        // the till stopped between the end's index builds and the swap
        CustomerFill fill = new CustomerFill(file);
        assertThat(fill.resumeFrom()).hasValue(2);
        fill.append(List.of(row(chloe, "chloe", 30)), 3);
        fill.finish();
        fill.close();
        // and again after the merge, before the rename
        try (Journal journal = Journal.open(file.resolveSibling("other.db"))) {
            journal.db().withLockDo(() -> {
                try {
                    fill.mergeInto(journal.db());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.customers().byPhoneHmac("anna")).isPresent();
            assertThat(journal.customers().byPhoneHmac("chloe")).isPresent();
            assertThat(Files.exists(fill.file())).isFalse();
            assertThat(count(journal, "SELECT COUNT(*) FROM cache.sqlite_master WHERE name IN ('forgotten',"
                    + " 'fill_state')")).isZero();
        }
    }

    @Test
    void aFillFileWithoutItsStartIsThrownAwayAndThePullStartsAgain() throws Exception {
        Path file = dir.resolve("journal.db");
        Journal.open(file).close();
        Files.writeString(dir.resolve("journal-customers-fill.db"), "");
        try (Journal journal = Journal.open(file)) {
            assertThat(Files.exists(dir.resolve("journal-customers-fill.db"))).isFalse();
            assertThat(journal.cursor()).isZero();
            journal.applyChanges(page(1, true, row(anna, "anna", 10)));
            journal.applyChanges(page(2, false, row(bram, "bram", 20)));
            assertThat(count(journal, "SELECT COUNT(*) FROM customer_cache")).isEqualTo(2);
        }
    }

    @Test
    void aJournalOfVersion10KeepsItsCustomersInTheirOwnFileAndALostFileMeansAFullPull() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            journal.applyChanges(page(7, false, row(anna, "anna", 10, "11111111"), row(bram, "bram", 20)));
        }
        JournalDowngrade.toVersion(file, 10);
        assertThat(Files.exists(JournalDb.cacheFile(file))).isFalse();
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.customers().byCard("11111111")).map(CachedCustomer::balance).contains(10L);
            assertThat(count(journal, "SELECT COUNT(*) FROM main.sqlite_master WHERE name = 'customer_cache'"))
                    .isZero();
            assertThat(journal.cursor()).isEqualTo(7);
        }
        Files.delete(JournalDb.cacheFile(file));
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.customers().byPhoneHmac("anna")).isEmpty();
            assertThat(journal.cursor()).isZero();
        }
    }

    /** A journal whose fill has its first two pages: Anna in the cache, Bram (card 22222222) in the fill. */
    private Path fillStarted() {
        Path file = dir.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            journal.applyChanges(page(1, true, row(anna, "anna", 10)));
            journal.applyChanges(page(2, true, row(bram, "bram", 20, "22222222")));
        }
        return file;
    }

    static ChangesPage page(long cursor, boolean more, CustomerCacheRow... rows) {
        return new ChangesPage(cursor, more, null, List.of(rows), List.of(), List.of());
    }

    static CustomerCacheRow row(UUID id, String phoneHmac, long balance, String... cards) {
        return new CustomerCacheRow(id, phoneHmac, "Name", balance, "Member", false, List.of(cards));
    }

    static long count(Journal journal, String sql) {
        return journal.db().reading(() -> {
            try (Statement st = journal.db().reader.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String plan(Journal journal, String sql) {
        return journal.db().reading(() -> {
            try (Statement st = journal.db().reader.createStatement();
                 ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(4)).append('\n');
                }
                return plan.toString();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
