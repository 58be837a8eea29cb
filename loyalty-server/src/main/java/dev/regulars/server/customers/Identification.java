package dev.regulars.server.customers;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.identification.RotatingRedeemCode;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.util.UUID;

/**
 * Finds the customer behind what the till scanned or typed. Only a phone number (asked by the cashier) or a
 * fresh rotating code lets the customer redeem; a static card number or NFC UID identifies and earns.
 */
@ApplicationScoped
public class Identification {

    @Inject
    private CustomerDirectory customers;
    @Inject
    private CustomerCards cards;
    @Inject
    private CounterLookups counter;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Clock clock;

    public IdentifiedCustomer identify(AuthenticatedTerminal terminal, IdentifyRequest request) {
        if (request == null || request.method() == null || request.value() == null || request.value().isBlank()) {
            throw ApiException.badRequest("Send {\"method\": PHONE|CARD|ROTATING_CODE|NFC, \"value\": ...}");
        }
        String business = terminal.businessId();
        switch (request.method()) {
            case PHONE -> {
                String e164;
                try {
                    e164 = PhoneNumbers.normalize(request.value(), terminal.phoneRegion()).e164();
                } catch (InvalidPhoneNumberException e) {
                    throw ApiException.badRequest(e.getMessage());
                }
                return counter.byPhone(business, e164, true).orElseThrow(() -> new ApiException(
                        Status.NOT_FOUND, "unknown_customer", "No customer has this phone number: enroll them"));
            }
            case CARD, NFC -> {
                CustomerCard card = card(business, normalizeCard(request.value()));
                return counter.byId(business, card.customerId(), false).orElseThrow();
            }
            case ROTATING_CODE -> {
                RotatingRedeemCode.Scanned scanned = RotatingRedeemCode.parse(request.value())
                        .orElseThrow(() -> ApiException.badRequest("This is not a Regulars redeem code"));
                CustomerCard card = card(business, scanned.cardNumber());
                return switch (RotatingRedeemCode.verify(card.codeSecret(), scanned, clock.instant())) {
                    case VALID -> counter.byId(business, card.customerId(), true).orElseThrow();
                    case EXPIRED -> throw new ApiException(Status.GONE, "code_expired", "This code is more than a"
                            + " minute old (a screenshot?): ask the customer to open their card page again");
                    case INVALID -> throw ApiException.badRequest("This redeem code is not valid for the card");
                };
            }
            default -> throw ApiException.badRequest("unknown identification method");
        }
    }

    /**
     * Links a printed card or an NFC card to a customer, by its number in any form {@link #normalizeCard} reads; a
     * card already linked to someone else is refused (409).
     */
    @Transactional
    public void link(AuthenticatedTerminal terminal, UUID customerId, CardLink link) {
        if (link == null || link.kind() == null || link.number() == null) {
            throw ApiException.badRequest("Send {\"kind\": PRINTED|NFC, \"number\": ...}");
        }
        normalizeCard(link.number());
        Customer customer = customers.byId(terminal.businessId(), customerId.toString()).map(customers::lock)
                .orElseThrow(
                        () -> new ApiException(Status.NOT_FOUND, "unknown_customer", "No such customer"));
        switch (cards.link(customer, link, clock.instant())) {
            case NEW -> customer.markChanged(changes.next(terminal.businessId()));
            case ALREADY_THEIRS -> { }
            case SOMEONE_ELSES -> throw new ApiException(Status.CONFLICT, "card_taken",
                    "This card belongs to another customer");
        }
    }

    /** 404 unknown_card naming the card as printed, "No customer has card 0042 7788: link it first". */
    private CustomerCard card(String business, String number) {
        return cards.find(business, number).orElseThrow(() -> new ApiException(Status.NOT_FOUND, "unknown_card",
                "No customer has card " + CardNumbers.grouped(number) + ": link it first"));
    }

    /**
     * The card number in any form {@link CardNumbers#normalize} reads: an NFC UID "04:a2:...", a printed card's
     * "RC 0042 7788" or "0042-7788"; 400 with the reason otherwise.
     */
    static String normalizeCard(String typed) {
        return CardNumbers.normalize(typed).orElseThrow(() -> ApiException.badRequest(CardNumbers.notACardNumber(typed)));
    }
}
