package dev.regulars.server.tillstaff;

import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The demo café's till people: Anna, a cashier (PIN 1234), and Max, a till manager (PIN 5678) whose PIN approves
 * large discounts, refunds and leaving the kiosk. Made in the caller's transaction for a store without anyone at its
 * tills; in a demo database made before till managers, Max becomes one.
 */
@ApplicationScoped
public class DemoTillStaff {

    /** A demo person: name, PIN, till manager. */
    public record DemoPerson(String name, String pin, boolean manager) {
    }

    public static final List<DemoPerson> PEOPLE = List.of(new DemoPerson("Anna", "1234", false),
            new DemoPerson("Max", "5678", true));

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Clock clock;

    /** Fills the store's tills with the demo's people, or makes Max a till manager in a demo made before V28. */
    public void fill(String businessId, String storeId) {
        List<Cashier> there = em.createQuery("SELECT c FROM Cashier c WHERE c.storeId = :s", Cashier.class)
                .setParameter("s", storeId).getResultList();
        if (there.isEmpty()) {
            Cashier.Change change = change(businessId);
            for (DemoPerson person : PEOPLE) {
                em.persist(new Cashier(storeId, new PersonName(person.name()), new Pin(person.pin()).hash(),
                        person.manager(), change));
            }
        } else {
            // Max as the seed made him before V28, untouched since (an owner's later choice stays)
            there.stream().filter(c -> c.name().equals("Max") && c.changedAt() == null && !c.manager()).findFirst()
                    .ifPresent(max -> max.manager(true, change(businessId)));
        }
    }

    private Cashier.Change change(String businessId) {
        return new Cashier.Change(changes.next(businessId), null, clock.instant());
    }
}
