package dev.regulars.server.analytics;

import dev.regulars.server.campaigns.CampaignOutcomes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that rebuilds the owner's figures from all sales, for an operator (docs/OPERATIONS.md): after a
 * restore from backup, a bulk import of old sales, or a change to how a figure is defined.
 *
 * <pre>java -cp "loyalty-server/target/loyalty-server-classes.jar:dev-stack/target/lib/*" \
 *     dev.regulars.server.analytics.RebuildFigures 'jdbc:mariadb://host:3306/regulars?user=..&amp;password=..' [business id]</pre>
 *
 * Every business, or the one named; each in a transaction of its own, which holds the business's roll-up lock so
 * the server's rounds wait (the server may keep running). The campaign outcomes are the server's to measure
 * (CampaignReport's one computation, in the server): the command sets the business's final ones back to not final,
 * and the server's job (CampaignOutcomes) measures each again within a minute or so, final again. Exit code 0 done, 1 failed (said on stderr), 2 wrong
 * arguments.
 */
public final class RebuildFigures {

    private RebuildFigures() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !args[0].startsWith("jdbc:mariadb:")) {
            System.err.println("usage: RebuildFigures JDBC_URL [BUSINESS_ID]  (a jdbc:mariadb: URL with user and"
                    + " password, as the server's regulars.db.url)");
            System.exit(2);
        }
        try {
            for (String line : run(args[0], args.length == 2 ? args[1] : null)) {
                System.out.println(line);
            }
        } catch (SQLException | IllegalArgumentException e) {
            System.err.println("the figures were not rebuilt: " + e.getMessage());
            System.exit(1);
        }
    }

    /** @return two lines per business rebuilt: what each step took, and the whole in seconds */
    public static List<String> run(String jdbcUrl, String businessId) throws SQLException {
        List<String> done = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            List<String> businesses = new ArrayList<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM business ORDER BY id")) {
                while (rs.next()) {
                    businesses.add(rs.getString(1));
                }
            }
            if (businessId != null) {
                if (!businesses.contains(businessId)) {
                    throw new IllegalArgumentException("there is no business " + businessId);
                }
                businesses = List.of(businessId);
            }
            db.setAutoCommit(false);
            for (String business : businesses) {
                long start = System.nanoTime();
                try {
                    RollupRebuild.Steps steps = RollupRebuild.rebuild(db, business, Instant.now());
                    int outcomes = CampaignOutcomes.measureAgain(db, business);
                    db.commit();
                    done.add(String.format(java.util.Locale.ROOT, "business %s: %d sales, %d customers; read %.1f s,"
                            + " old rows deleted %.1f s, days written %.1f s, customers %.1f s, cohorts %.1f s;"
                            + " %d final campaign outcomes to be measured again by the server",
                            business, steps.sales(), steps.customers(), steps.scanMs() / 1e3, steps.deleteMs() / 1e3,
                            steps.daysMs() / 1e3, steps.customersMs() / 1e3, steps.cohortsMs() / 1e3, outcomes));
                } catch (SQLException | RuntimeException e) {
                    db.rollback();
                    throw e;
                }
                done.add(String.format(java.util.Locale.ROOT, "rebuilt the figures of business %s in %.1f s",
                        business, (System.nanoTime() - start) / 1e9));
            }
        }
        return done;
    }
}
