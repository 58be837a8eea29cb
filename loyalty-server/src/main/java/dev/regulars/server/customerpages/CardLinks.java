package dev.regulars.server.customerpages;

import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerCards;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.CustomerErased;
import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The links to customers' card pages, {@code /c/{token}}: 128 random bits as 22 characters of base64url (DESIGN.md
 * section 4), stored as SHA-256. A customer may hold several (one per phone that proved their number); re-issuing
 * deletes them all, so every old link stops working.
 */
@ApplicationScoped
public class CardLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerCards cards;
    @Inject
    private Clock clock;

    /**
     * A new link for the customer, whose row the caller locked; makes their phone card if they have none (and
     * marks them changed, so tills learn its number).
     *
     * @return the token of the link
     */
    String issue(Customer customer) {
        cards.phoneCard(customer, clock.instant());
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO card_page_link (token_sha256, business_id, customer_id, created_at)"
                        + " VALUES (?, ?, ?, ?)").setParameter(1, Secrets.sha256Hex(token))
                .setParameter(2, customer.businessId()).setParameter(3, customer.id())
                .setParameter(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
        return token;
    }

    /** The customer a link opens: empty for a malformed, unknown or re-issued token, or an erased customer. */
    public Optional<Customer> customerOf(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT business_id, customer_id FROM card_page_link"
                + " WHERE token_sha256 = ?").setParameter(1, Secrets.sha256Hex(token)).getResultList();
        return rows.stream().findFirst()
                .flatMap(r -> customers.byId((String) r[0], (String) r[1]))
                .filter(c -> !c.isErased());
    }

    /**
     * A new link in place of all of the customer's links (a link shared by mistake, a phone lost).
     *
     * @return the new token; empty when {@code token} opens nothing
     */
    @Transactional
    public Optional<String> reissue(String token) {
        Optional<Customer> customer = customerOf(token).map(customers::lock);
        customer.ifPresent(c -> forgetLinks(customers.withMergedRecords(c.id())));
        return customer.map(this::issue);
    }

    /** An erased customer's links stop working in the erasing transaction. */
    void forget(@Observes CustomerErased erased) {
        forgetLinks(erased.customerIds());
    }

    private void forgetLinks(List<String> customerIds) {
        for (String id : customerIds) {
            em.createNativeQuery("DELETE FROM card_page_link WHERE customer_id = ?").setParameter(1, id)
                    .executeUpdate();
        }
    }

    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{22}");
    }
}
