package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.Holdout;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.messaging.Outbox;
import dev.regulars.server.platform.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import dev.regulars.server.wallet.WalletPasses;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides one chunk of an occurrence's audience in one transaction: each customer held out (drawn, recorded, gets
 * nothing), over the frequency cap across all campaigns, unreachable (no channel they agreed to and have), or
 * treated: the bonus posted (a birthday bonus with its own validity) and the message queued in the outbox under
 * the key (run, customer). The decision row's key is (run, customer), so a customer is decided once.
 */
@ApplicationScoped
public class CampaignChunk {

    static final int SIZE = 500;
    private static final MultiRowInsert RECIPIENTS = new MultiRowInsert("campaign_recipient",
            List.of("run_id", "customer_id", "decision", "channel", "decided_at"));

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Audiences audiences;
    @Inject
    private Outbox outbox;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private WalletPasses wallet;
    @Inject
    private Clock clock;

    /** @return how many customers were decided (0: the audience is done) */
    @Transactional(TxType.REQUIRES_NEW)
    public int decide(Campaign campaign, long runId, LocalDate occurrence, ZoneId zone) {
        Instant now = clock.instant();
        // read from the campaign's JSON once a chunk, not once a customer
        CampaignSettings settings = campaign.settings();
        List<Audiences.Member> members = audiences.next(settings.audience(campaign.businessId(), campaign.id()),
                runId, occurrence, now, "", SIZE);
        if (members.isEmpty()) {
            return 0;
        }
        List<String> ids = members.stream().map(Audiences.Member::customerId).toList();
        Map<String, Integer> recent = sentRecently(ids, settings.cap().days(), now);
        Map<String, Set<Channel>> agreed = consents(ids);
        Map<String, String> walletSerials = settings.channels().contains(Channel.PUSH) ? wallet.reachable(ids) : Map.of();
        Instant bonusUntil = CampaignMessage.bonusUntil(settings, now, zone);
        List<Object[]> decided = new ArrayList<>(members.size());
        long[] tally = new long[4]; // treated, held out, capped, no channel: what the Campaigns list shows
        for (Audiences.Member m : members) {
            char decision;
            Channel channel = null;
            if (Holdout.isHeldOut(runId, m.customerId(), settings.holdoutBp())) {
                decision = 'H';
            } else if (!settings.cap().allowsAnother(recent.getOrDefault(m.customerId(), 0))) {
                decision = 'C';
            } else {
                channel = reachable(settings.channels(), agreed.getOrDefault(m.customerId(), Set.of()), m,
                        walletSerials.containsKey(m.customerId()));
                decision = channel == null ? 'N' : 'T';
            }
            tally["THCN".indexOf(decision)]++;
            if (decision == 'T') {
                treat(campaign, settings, runId, m, channel, walletSerials.get(m.customerId()), bonusUntil, zone,
                        now);
            }
            decided.add(new Object[] {runId, m.customerId(), String.valueOf(decision),
                    channel == null ? null : channel.name(), now});
        }
        try {
            RECIPIENTS.insert(em.unwrap(Connection.class), decided);
        } catch (SQLException e) {
            throw new IllegalStateException("the decisions of run " + runId + " could not be written", e);
        }
        em.createNativeQuery("UPDATE campaign_run SET treated = treated + ?, held_out = held_out + ?,"
                        + " capped = capped + ?, unreachable = unreachable + ? WHERE id = ?")
                .setParameter(1, tally[0]).setParameter(2, tally[1]).setParameter(3, tally[2])
                .setParameter(4, tally[3]).setParameter(5, runId).executeUpdate();
        return members.size();
    }

    private void treat(Campaign campaign, CampaignSettings settings, long runId, Audiences.Member m,
                       Channel channel, String walletSerial, Instant bonusUntil, ZoneId zone, Instant now) {
        long balance = m.balance();
        if (campaign.bonusPoints() > 0) {
            Customer customer = customers.lockById(campaign.businessId(), m.customerId()).orElseThrow();
            LedgerEntryType type = campaign.kind() == CampaignKind.BIRTHDAY ? LedgerEntryType.BIRTHDAY
                    : LedgerEntryType.ADJUSTMENT;
            ledger.post(customer, type, campaign.bonusPoints(), null, "campaign: " + campaign.name(), now, bonusUntil);
            balance = customer.pointsBalance();
        }
        CampaignMessage message = CampaignMessage.of(settings.templates(), m.language(), m.firstName(), balance,
                campaign.bonusPoints(), bonusUntil, zone);
        outbox.enqueue(new Outbox.Draft(campaign.businessId(), m.customerId(), channel,
                switch (channel) {
                    case EMAIL -> m.email();
                    case SMS -> m.phoneE164();
                    case PUSH -> walletSerial; // the pass the news goes on (messaging's WalletPushSender)
                }, message.language(), message.subject(),
                message.body(), "run:" + runId + ":customer:" + m.customerId()));
    }

    /**
     * The first channel of the campaign's order the customer agreed to and can be reached on: Wallet when a device
     * registered for their pass.
     */
    private static Channel reachable(List<Channel> order, Set<Channel> agreed, Audiences.Member m,
                                     boolean walletPass) {
        for (Channel channel : order) {
            boolean contact = switch (channel) {
                case EMAIL -> m.email() != null && !m.email().isBlank();
                case SMS -> m.phoneE164() != null;
                case PUSH -> walletPass;
            };
            if (contact && agreed.contains(channel)) {
                return channel;
            }
        }
        return null;
    }

    /** Messages each customer got from any campaign in the cap's window. */
    private Map<String, Integer> sentRecently(List<String> ids, int days, Instant now) {
        Map<String, Integer> counts = new HashMap<>();
        if (days == 0) {
            return counts;
        }
        var query = em.createNativeQuery("SELECT customer_id, COUNT(*) FROM campaign_recipient"
                        + " WHERE decision = 'T' AND decided_at > ? AND customer_id IN (" + marks(ids.size()) + ")"
                        + " GROUP BY customer_id")
                .setParameter(1, LocalDateTime.ofInstant(now.minusSeconds(86_400L * days), ZoneOffset.UTC));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    private Map<String, Set<Channel>> consents(List<String> ids) {
        var query = em.createNativeQuery("SELECT customer_id, channel FROM customer_consent WHERE granted"
                + " AND customer_id IN (" + marks(ids.size()) + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        Map<String, Set<Channel>> agreed = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> agreed.computeIfAbsent((String) r[0], k -> new HashSet<>())
                .add(Channel.valueOf((String) r[1])));
        return agreed;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
