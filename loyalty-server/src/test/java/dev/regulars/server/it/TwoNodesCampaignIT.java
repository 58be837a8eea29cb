package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.regulars.devstack.PayaraMicroServer;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Micro nodes in one cluster (TwoNodesAdmin: the admin works whichever node answers) on one MariaDB
 * run the campaign scheduler at the same moments; the node holding the
 * occurrence's lease is killed (SIGKILL) in the middle of the run. The other resumes once the lease runs out: every
 * customer of the audience is decided exactly once, every treated customer has exactly one message queued, and
 * nobody receives two. Its broadcast reaches every customer of the run's database with an address and consent
 * (other tests' customers too); nothing of it is left to send when it ends, and it ends the campaign.
 */
@ExtendWith(TestDatabase.class)
class TwoNodesCampaignIT {

    private static final int AUDIENCE = 3_000;

    @Test
    void anOccurrenceRunsOnOneNodeAtATimeAndSurvivesTheKillOfThatNode() throws Exception {
        // its two nodes alone run the scheduler: a shared server of the run could take the campaign's lease
        ItServer.stopRunLevel();
        GreenMail smtp = new GreenMail(new ServerSetup(TestDatabase.smtpPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path war = Path.of(System.getProperty("regulars.war"));
        Path micro = Path.of(System.getProperty("payara.microJar"));
        Path work = Path.of(System.getProperty("regulars.it.dir", "target/it"));
        Map<String, PayaraMicroServer> nodes = new HashMap<>();
        try {
            String cluster = "regulars-it-" + UUID.randomUUID();
            int clusterPort = freePort();
            for (String name : new String[] {"node-a", "node-b"}) {
                Map<String, String> config = new HashMap<>(TestDatabase.serverProperties());
                config.put("regulars.node-name", name);
                config.put("regulars.campaigns.lease-seconds", "8");
                nodes.put(name, PayaraMicroServer.startInCluster(micro, war, freePort(), config, work.resolve(name),
                        cluster, clusterPort));
            }
            for (PayaraMicroServer node : nodes.values()) {
                node.awaitHealthy(Duration.ofMinutes(4));
            }
            TwoNodesAdmin.loginAndPageStateWorkOnEitherNode(nodes.get("node-a").baseUrl(),
                    nodes.get("node-b").baseUrl());
            seedAudience(); // once the nodes have brought the schema up to date (this test may run first)
            String campaign = UUID.randomUUID().toString();
            ServerFixture.update("INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from,"
                    + " quiet_until, channels, templates_json, created_at) SELECT '" + campaign + "', id, 'Opening of"
                    + " the terrace', 'BROADCAST', 'ACTIVE', '00:00', '00:00', '00:00', 'EMAIL',"
                    + " '{\"en\":{\"subject\":\"The terrace is open\",\"body\":\"Come and sit outside, {firstName|friend}.\"}}',"
                    + " NOW(6) FROM business LIMIT 1");

            // both schedulers look every 15 s; one of them gets the lease and starts deciding
            long customers = ServerFixture.count("SELECT COUNT(*) FROM customer WHERE merged_into IS NULL");
            await(() -> decided(campaign) > 0 && decided(campaign) < customers, Duration.ofSeconds(60),
                    "the occurrence is under way");
            String holder = ServerFixture.text("SELECT r.lease_owner FROM campaign_run r WHERE r.campaign_id = '"
                    + campaign + "'");
            assertThat(holder).isIn("node-a", "node-b");
            nodes.get(holder).kill();
            long atTheKill = decided(campaign);

            // the other node resumes when the lease has run out, and finishes
            await(() -> ServerFixture.count("SELECT COUNT(*) FROM campaign_run WHERE campaign_id = ? AND status ="
                    + " 'DONE'", campaign) == 1, Duration.ofSeconds(120), "the occurrence finishes on the other node");
            assertThat(atTheKill).isLessThan(customers);
            assertThat(decided(campaign)).as("every customer decided once").isEqualTo(customers);
            long run = ServerFixture.count("SELECT id FROM campaign_run WHERE campaign_id = ?", campaign);
            long treated = ServerFixture.count("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND"
                    + " decision = 'T'", run);
            assertThat(treated).isGreaterThanOrEqualTo(AUDIENCE);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE ?",
                    "run:" + run + ":%")).as("one message per treated customer").isEqualTo(treated);

            // the survivor sends what is pending; nobody gets the message twice
            await(() -> ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'"
                    + " AND dedupe_key LIKE ?", "run:" + run + ":%") == 0, Duration.ofSeconds(120), "all sent");
            long sent = ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND dedupe_key"
                    + " LIKE ?", "run:" + run + ":%");
            assertThat(smtp.waitForIncomingEmail(60_000, (int) sent)).isTrue();
            Map<String, Long> perAddress = Stream.of(smtp.getReceivedMessages())
                    .filter(m -> subject(m).equals("The terrace is open"))
                    .collect(Collectors.groupingBy(TwoNodesCampaignIT::recipient, Collectors.counting()));
            assertThat(perAddress.values()).as("nobody twice").allMatch(n -> n == 1);
            // the killed node may have handed a few to the mail server before it could record them: those stay
            // unrecorded and are never sent again
            assertThat((long) perAddress.size()).isGreaterThanOrEqualTo(sent);
            ServerFixture.update("UPDATE campaign SET status = 'ENDED' WHERE id = '" + campaign + "'");
        } finally {
            nodes.values().forEach(PayaraMicroServer::close);
            smtp.stop();
        }
    }

    /** Customers of the demo café with an e-mail address and consent for it. */
    private static void seedAudience() throws Exception {
        ServerFixture.update("INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name,"
                + " points_balance, visits, total_spend_minor,"
                + " enrolled_at, change_seq, tier, email) SELECT UUID(), b.id, CONCAT('+3166', LPAD(s.seq, 7, '0')),"
                + " LEFT(SHA2(s.seq, 256), 43), CONCAT('Guest', s.seq), 0, 0, 0, NOW(6), 0,"
                + " 'Bronze', CONCAT('terrace', s.seq, '@example.test') FROM business b JOIN seq_1_to_" + AUDIENCE
                + " s");
        ServerFixture.update("INSERT INTO customer_consent (customer_id, channel, granted, changed_at, source)"
                + " SELECT id, 'EMAIL', TRUE, NOW(6), 'test' FROM customer WHERE email LIKE 'terrace%@example.test'");
    }

    private static long decided(String campaign) throws Exception {
        return ServerFixture.count("SELECT COUNT(*) FROM campaign_recipient x JOIN campaign_run r ON r.id = x.run_id"
                + " WHERE r.campaign_id = ?", campaign);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, Duration timeout, String what) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (!check.holds()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            Thread.sleep(100);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
