package dev.regulars.pos.sale;

import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.sync.SyncException;
import java.util.Optional;

/**
 * Finds who is paying from what the cashier typed or a scanner typed: this till's cache first (it works offline),
 * then the server (a customer enrolled at another till since the last pull). May wait for the network: call it off
 * the UI thread.
 */
public final class CustomerFinder {

    /** What a search came to. */
    public sealed interface Finding {
    }

    public record Found(CustomerAtTill customer) implements Finding {
    }

    /** A valid phone nobody has, as far as the till can tell: enroll them. */
    public record NotEnrolled(PhoneNumber phone) implements Finding {
    }

    /** Nothing to go on, in words for the cashier. */
    public record Problem(String message) implements Finding {
    }

    private final CustomerLookup lookup;
    private final SyncClient server;

    public CustomerFinder(CustomerLookup lookup, SyncClient server) {
        this.lookup = lookup;
        this.server = server;
    }

    public Finding find(String typed) {
        String input = typed == null ? "" : typed.strip();
        Optional<IdentifyRequest> scan = ScannedInput.parse(input);
        if (scan.isPresent()) {
            return scanned(scan.get());
        }
        PhoneNumber phone;
        try {
            phone = lookup.normalize(input);
        } catch (InvalidPhoneNumberException e) {
            return new Problem(e.getMessage());
        }
        Optional<CachedCustomer> cached = lookup.find(phone);
        if (cached.isPresent()) {
            return new Found(new CustomerAtTill.Known(phone, lookup.hashOf(phone), cached.get()));
        }
        try {
            IdentifiedCustomer online = server.identify(
                    new IdentifyRequest(IdentifyRequest.Method.PHONE, phone.e164()));
            // cached from now on: the balance follows this till's sales offline, like any other customer's
            CachedCustomer remembered = lookup.remember(phone, online);
            return new Found(new CustomerAtTill.Known(phone, lookup.hashOf(phone), remembered));
        } catch (SyncException e) {
            // 404: nobody has it. Offline: enroll anyway; the server keeps one customer per phone.
            return e.status() == 404 || e.isOffline() ? new NotEnrolled(phone) : new Problem(e.getMessage());
        }
    }

    private Finding scanned(IdentifyRequest request) {
        if (request.method() == IdentifyRequest.Method.CARD) {
            Optional<CachedCustomer> cached = lookup.findByCard(request.value());
            if (cached.isPresent()) {
                return new Found(new CustomerAtTill.Carded(request.value(), cached.get()));
            }
        }
        try {
            return new Found(new CustomerAtTill.Scanned(server.identify(request)));
        } catch (SyncException e) {
            return new Problem(e.isOffline() ? request.method() == IdentifyRequest.Method.CARD
                    ? "This card is not known to this till and the server does not answer: type the customer's"
                    + " phone instead"
                    : "The code from the card page needs the server, which does not answer: type the customer's"
                    + " phone instead" : e.getMessage());
        }
    }
}
