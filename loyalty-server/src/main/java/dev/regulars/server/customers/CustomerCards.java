package dev.regulars.server.customers;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.sync.CardLink;
import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The printed and NFC cards linked to customers: one customer per card number in a business. */
@ApplicationScoped
public class CustomerCards {

    /** What linking a card came to. */
    public enum Linked { NEW, ALREADY_THEIRS, SOMEONE_ELSES }

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @jakarta.inject.Inject
    private dev.regulars.server.stores.ChangeSequence changes;

    /** The card with this (normalized) number, if it is linked to anyone. */
    public Optional<CustomerCard> find(String businessId, String number) {
        return Optional.ofNullable(em.find(CustomerCard.class, new CustomerCard.Key(businessId, number)));
    }

    /**
     * Links the card unless it belongs to someone else; the caller marks the customer changed so tills learn the
     * card. The number must be valid ({@link CardNumbers#normalize}).
     */
    public Linked link(Customer customer, CardLink link, Instant at) {
        String number = CardNumbers.normalize(link.number())
                .orElseThrow(() -> new IllegalArgumentException(CardNumbers.notACardNumber(link.number())));
        Optional<CustomerCard> existing = find(customer.businessId(), number);
        if (existing.isPresent()) {
            return existing.get().customerId().equals(customer.id()) ? Linked.ALREADY_THEIRS : Linked.SOMEONE_ELSES;
        }
        em.persist(new CustomerCard(customer.businessId(), number, CustomerCard.Kind.valueOf(link.kind().name()),
                customer.id(), Secrets.newKeyBase64(), at));
        return Linked.NEW;
    }

    /**
     * The customer's card for their phone (kind WALLET: the Wallet pass shows the same number), made now if they
     * have none: a random 12-digit number, free in the business, with its own redeem-code secret. A new card marks
     * the customer (whose row the caller locked) changed, so tills learn the number.
     */
    public CustomerCard phoneCard(Customer customer, Instant at) {
        Optional<CustomerCard> existing = of(customer.id()).stream()
                .filter(k -> k.kind() == CustomerCard.Kind.WALLET).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int i = 0; i < 8; i++) {
            // 12 digits: 10^12 numbers leave no practical chance of guessing a given customer's
            String number = String.format(java.util.Locale.ROOT, "%06d%06d", RANDOM.nextInt(1_000_000),
                    RANDOM.nextInt(1_000_000));
            if (find(customer.businessId(), number).isEmpty()) {
                CustomerCard card = new CustomerCard(customer.businessId(), number, CustomerCard.Kind.WALLET,
                        customer.id(), Secrets.newKeyBase64(), at);
                em.persist(card);
                customer.markChanged(changes.next(customer.businessId()));
                return card;
            }
        }
        throw new IllegalStateException("no free card number after 8 attempts");
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The customer's cards, in the order they were linked. */
    public List<CustomerCard> of(String customerId) {
        return em.createQuery("SELECT k FROM CustomerCard k WHERE k.customerId = :c ORDER BY k.linkedAt",
                CustomerCard.class).setParameter("c", customerId).getResultList();
    }

    /** The card numbers of these customers, for the tills' cache; customers without cards are left out. */
    public Map<String, List<String>> numbersOf(Collection<String> customerIds) {
        Map<String, List<String>> numbers = new HashMap<>();
        if (customerIds.isEmpty()) {
            return numbers;
        }
        em.createQuery("SELECT c.customerId, c.cardNumber FROM CustomerCard c WHERE c.customerId IN :ids"
                        + " ORDER BY c.cardNumber", Object[].class)
                .setParameter("ids", List.copyOf(customerIds)).getResultStream()
                .forEach(row -> numbers.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>())
                        .add((String) row[1]));
        return numbers;
    }
}
