package dev.regulars.server.customers;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * How a customer is reached, as a manager sets it on the customer's card: the e-mail address and the language
 * messages are written in. Audited. (Consent stays the customer's own answer: given at the till, withdrawn by the
 * unsubscribe link.)
 */
@ApplicationScoped
public class CustomerContacts {

    @Inject
    private CustomerDirectory customers;
    @Inject
    private StaffAudit audit;

    /**
     * @param email    blank removes it
     * @param language en, ru, nl, or blank for "not known"
     * @throws IllegalArgumentException for an address or language that is not one, or no such customer
     */
    @Transactional
    public void change(StaffUser staff, String customerId, String email, String language) {
        Customer customer = customers.lockById(staff.businessId(), customerId)
                .orElseThrow(() -> new Problem("error.noSuchCustomer"));
        customer.email(email);
        customer.language(language == null || language.isBlank() ? null : language);
        audit.record(staff, "customer.contacts", customer.id(), "e-mail " + (customer.email() == null ? "none"
                : customer.email()) + ", language " + (customer.language() == null ? "not known"
                : customer.language()));
    }
}
