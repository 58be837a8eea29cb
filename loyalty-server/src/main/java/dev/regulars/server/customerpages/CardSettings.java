package dev.regulars.server.customerpages;

import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.customers.CustomerErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * What a customer changes on their card page: their consents per channel (recorded with time and source "card
 * page", DESIGN.md section 4), their e-mail address, and "delete my data" (CustomerErasure).
 */
@ApplicationScoped
public class CardSettings {

    static final String SOURCE = "card page";

    @Inject
    private CardLinks links;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerErasure erasure;
    @Inject
    private Clock clock;

    /**
     * @param email an address already checked, or null to remove it
     * @return false when the link opens no card (any more)
     */
    @Transactional
    public boolean consents(String token, boolean sms, boolean email, boolean wallet, String emailAddress) {
        Customer customer = links.customerOf(token).map(customers::lock).orElse(null);
        if (customer == null) {
            return false;
        }
        Instant now = clock.instant();
        customer.email(emailAddress);
        customers.recordConsent(customer, "SMS", sms, now, SOURCE);
        customers.recordConsent(customer, "EMAIL", email, now, SOURCE);
        customers.recordConsent(customer, "PUSH", wallet, now, SOURCE);
        return true;
    }

    /**
     * Erases the customer of the link (see CustomerErasure); the link stops working with it.
     *
     * @return false when the link opens no card (any more)
     */
    public boolean erase(String token) {
        return links.customerOf(token).map(c -> erasure.erase(c.businessId(), c.id())).orElse(false);
    }
}
