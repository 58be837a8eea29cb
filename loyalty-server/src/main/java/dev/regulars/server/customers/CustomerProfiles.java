package dev.regulars.server.customers;

import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything a manager sees of one customer: the record, cards, consents, who invited them. Read only. */
@ApplicationScoped
public class CustomerProfiles {

    /** A card as listed: its number and kind. */
    public record Card(String number, String kind) {
    }

    /** One channel's answer, with when and where it was given. */
    public record Consent(String channel, boolean granted, Instant changedAt, String source) {
    }

    public record Profile(Customer customer, List<Card> cards, List<Consent> consents, Customer invitedBy) {
    }

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerCards cards;
    @jakarta.inject.Inject
    private CustomerDirectory directory;

    /**
     * The customer with this phone, typed in any format the store's region reads; a merged record leads to the one
     * it was merged into.
     *
     * @throws dev.regulars.core.phone.InvalidPhoneNumberException with a message for the manager
     */
    public Optional<Profile> byPhone(String businessId, String region, String typedPhone) {
        String e164 = PhoneNumbers.normalize(typedPhone, region).e164();
        return customers.findByPhone(businessId, e164).map(this::profile);
    }

    private Profile profile(Customer c) {
        List<Card> cards = this.cards.of(c.id()).stream()
                .map(k -> new Card(dev.regulars.core.identification.CardNumbers.grouped(k.cardNumber()),
                        k.kind().name())).toList();
        List<Consent> consents = ((List<?>) em.createNativeQuery("SELECT channel, granted, changed_at, source"
                        + " FROM customer_consent WHERE customer_id = ? ORDER BY channel")
                .setParameter(1, c.id()).getResultList()).stream()
                .map(row -> (Object[]) row)
                .map(row -> new Consent((String) row[0], NativeValues.bool(row[1]), NativeValues.instant(row[2]),
                        (String) row[3])).toList();
        // an inviter merged since is shown as the record that stays
        Customer inviter = c.invitedBy() == null ? null : directory.byId(c.businessId(), c.invitedBy()).orElse(null);
        return new Profile(c, cards, consents, inviter);
    }
}
