package dev.regulars.server.campaigns;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.messaging.Outbox;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * What a marketer does with campaigns: create and change them, schedule, pause and end them, count who an
 * occurrence would reach, preview the message for a real customer and send a test to themselves. Every change is
 * in the staff audit.
 */
@ApplicationScoped
public class Campaigns {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Audiences audiences;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Outbox outbox;
    @Inject
    private StaffAudit audit;
    @Inject
    private TerminalRegistry stores;
    @Inject
    private Clock clock;

    public Optional<Campaign> find(String businessId, String id) {
        Campaign campaign = id == null ? null : em.find(Campaign.class, id);
        return campaign == null || !campaign.businessId().equals(businessId) ? Optional.empty()
                : Optional.of(campaign);
    }

    /** @return the new campaign's id; it is a draft until scheduled */
    @Transactional
    public String create(StaffUser staff, CampaignSettings settings) {
        Campaign campaign = new Campaign(staff.businessId(), settings, staff.id(), clock.instant());
        em.persist(campaign);
        audit.record(staff, "campaign.create", campaign.id(), settings.kind() + " " + settings.name());
        return campaign.id();
    }

    /**
     * Changes take effect from the next chunk an occurrence decides.
     *
     * @throws IllegalArgumentException when there is no such campaign of the business
     * @throws IllegalStateException    for an ended campaign
     */
    @Transactional
    public void change(StaffUser staff, String id, CampaignSettings settings) {
        Campaign campaign = owned(staff, id);
        if (campaign.status() == Campaign.Status.ENDED) {
            throw new Problem("campaign.error.ended");
        }
        campaign.apply(settings, staff.id(), clock.instant());
        audit.record(staff, "campaign.change", id, settings.kind() + " " + settings.name());
    }

    /** @throws IllegalStateException for a move that makes no sense (see {@link Campaign#moveTo}) */
    @Transactional
    public void move(StaffUser staff, String id, Campaign.Status next) {
        Campaign campaign = owned(staff, id);
        campaign.moveTo(next, staff.id(), clock.instant());
        audit.record(staff, "campaign." + next.name().toLowerCase(java.util.Locale.ROOT), id, campaign.name());
    }

    private Campaign owned(StaffUser staff, String id) {
        return find(staff.businessId(), id).orElseThrow(() -> new Problem("campaign.error.noSuchCampaign"));
    }

    /** The local date of the next occurrence: the campaign's date, or today in the business's zone. */
    public LocalDate nextOccurrence(String businessId, CampaignSettings settings) {
        return settings.onceOn() != null ? settings.onceOn()
                : clock.instant().atZone(stores.zoneOf(businessId)).toLocalDate();
    }

    /** How many customers the next occurrence would reach (held out ones included), counted now. */
    public long audienceSize(String businessId, String campaignId, CampaignSettings settings) {
        return audiences.count(settings.audience(businessId, campaignId), nextOccurrence(businessId, settings),
                clock.instant());
    }

    /** A customer of the next occurrence's audience, to preview the message with; empty when nobody is in it. */
    public java.util.Optional<Customer> oneOfAudience(String businessId, String campaignId,
                                                      CampaignSettings settings) {
        return audiences.sample(settings.audience(businessId, campaignId), nextOccurrence(businessId, settings),
                clock.instant(), 1).stream().findFirst().flatMap(cid -> customers.byId(businessId, cid));
    }

    /** The message {@code customer} would get now, in their language, with the bonus added to their balance. */
    public CampaignMessage preview(Customer customer, CampaignSettings settings) {
        ZoneId zone = stores.zoneOf(customer.businessId());
        Instant now = clock.instant();
        return CampaignMessage.of(settings.templates(), customer.language(), customer.firstName(),
                customer.pointsBalance() + settings.bonusPoints(), settings.bonusPoints(),
                CampaignMessage.bonusUntil(settings, now, zone), zone);
    }

    /** Queues {@code message} by e-mail to the member of staff, with its own unsubscribe link, no points given. */
    @Transactional
    public void testSend(StaffUser staff, CampaignMessage message) {
        outbox.enqueue(new Outbox.Draft(staff.businessId(), null, Channel.EMAIL, staff.email(), message.language(),
                "[test] " + (message.subject() == null ? "" : message.subject()), message.body(),
                "test:" + UUID.randomUUID()));
        audit.record(staff, "campaign.test-send", staff.email(), message.language());
    }
}
