package dev.regulars.server.ledger;

import dev.regulars.server.platform.Problem;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A manager corrects a customer's points by hand: always with a reason, never below zero, recorded on the entry
 * and in the staff audit.
 */
@ApplicationScoped
public class Adjustments {

    public static final long MAX_POINTS = 100_000;

    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private StaffAudit audit;

    /** Adjusted customer and new balance. */
    public record Adjusted(String firstName, long points, long balanceAfter) {
    }

    private static void check(StaffUser staff, long points, String reason) {
        if (staff.role() != StaffRole.OWNER && staff.role() != StaffRole.MANAGER) {
            throw new Problem("points.error.notManager");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5) {
            throw new Problem("points.error.reason");
        }
        if (why.length() > 500) {
            throw new Problem("points.error.reasonTooLong");
        }
        if (points == 0 || Math.abs(points) > MAX_POINTS) {
            throw new Problem("points.error.range", String.valueOf(MAX_POINTS));
        }
    }

    /**
     * @throws IllegalArgumentException with a message for the manager when the adjustment cannot be made
     */
    @Transactional
    public Adjusted adjust(StaffUser staff, String phone, String region, long points, String reason) {
        check(staff, points, reason);
        PhoneNumber number;
        try {
            number = PhoneNumbers.normalize(phone, region);
        } catch (InvalidPhoneNumberException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Customer customer = customers.findByPhone(staff.businessId(), number.e164())
                .orElseThrow(() -> new Problem("error.noCustomerWithPhone", PhoneNumbers.formatInternational(number)));
        return adjust(staff, customer, points, reason);
    }

    /**
     * The same for a customer already found (a call back's customer); joins the caller's transaction.
     *
     * @throws IllegalArgumentException with a message for the manager when the adjustment cannot be made
     */
    @Transactional
    public Adjusted adjust(StaffUser staff, Customer found, long points, String reason) {
        check(staff, points, reason);
        Customer customer = customers.lock(found);
        if (customer.pointsBalance() + points < 0) {
            throw new Problem("points.error.belowZero", String.valueOf(customer.pointsBalance()));
        }
        String why = reason.strip();
        ledger.postByStaff(customer, points, why, staff.id());
        audit.record(staff, "POINTS_ADJUSTED", customer.id(), (points > 0 ? "+" : "") + points + " points: " + why);
        return new Adjusted(customer.firstName(), points, customer.pointsBalance());
    }
}
