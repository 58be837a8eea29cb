package dev.regulars.pos.sale;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.sync.SyncException;
import java.util.Optional;

/**
 * Finds who is paying from what the cashier typed or a scanner typed: this till's cache first (it works offline),
 * then the server (a customer enrolled at another till since the last pull). How the input is read (code, card,
 * phone) is {@link ScannedInput}'s; this class decides where to look and what to tell the cashier. May wait for the
 * network: call it off the UI thread.
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

    /**
     * Nothing to go on, in words for the cashier: the reason's key ("finder.noCard", "phone.tooShort", ...) words it
     * in the cashier's language, its message in English (the server's own words have no key).
     */
    public record Problem(KeyedRefusal reason) implements Finding {

        /** The server's words, as it sent them. */
        Problem(String serverMessage) {
            this(new KeyedRefusal(serverMessage, null));
        }

        /** The words in English. */
        public String message() {
            return reason.getMessage();
        }
    }

    private static KeyedRefusal offlineCard() {
        return new KeyedRefusal("This card is not known to this till and the server does not answer: type the"
                + " customer's phone instead", "finder.offlineCard");
    }

    /** The UID is not shown: a cashier cannot check it against anything, and it stays off the screen. */
    private static KeyedRefusal nobodyNfc() {
        return new KeyedRefusal("No customer has this NFC card: find the customer by phone and link it",
                "finder.noNfcCard");
    }

    private final CustomerLookup lookup;
    private final SyncClient server;

    public CustomerFinder(CustomerLookup lookup, SyncClient server) {
        this.lookup = lookup;
        this.server = server;
    }

    /**
     * Finds the customer behind {@code typed}: a rotating code (server only), a card written as printed ("RC 0042
     * 7788": a card, never a phone) or anything else, read as a phone first and, when it is not a valid phone but
     * reads as a card number ("0042 7788"), as a card. Never throws for what was typed: a {@link Problem} says what
     * is wrong in the cashier's words.
     */
    public Finding find(String typed) {
        ScannedInput.Reading reading = ScannedInput.read(typed);
        if (reading instanceof ScannedInput.RotatingCode code) {
            return byRotatingCode(code.code());
        }
        if (reading instanceof ScannedInput.Card card) {
            return byCard(card.number(), IdentifyRequest.Method.CARD, nobodyHas(card.number()), offlineCard());
        }
        if (reading instanceof ScannedInput.NotACard) {
            return new Problem(CardNumbers.notACard(typed));
        }
        ScannedInput.PhoneFirst input = (ScannedInput.PhoneFirst) reading;
        PhoneNumber phone;
        try {
            phone = lookup.normalize(input.typed());
        } catch (InvalidPhoneNumberException notAPhone) {
            if (input.cardNumber() == null) {
                return new Problem(notAPhone);
            }
            // the phone's own reason stays in the words: what is no phone and no card is mostly a phone mistyped
            String grouped = CardNumbers.grouped(input.cardNumber());
            return byCard(input.cardNumber(), IdentifyRequest.Method.CARD,
                    new KeyedRefusal("Neither a phone number nor a known card: " + notAPhone.getMessage()
                            + ", and no customer has card " + grouped, "finder.neither", notAPhone, grouped),
                    new KeyedRefusal("Neither a phone number nor a card this till knows, and the server does not"
                            + " answer: " + notAPhone.getMessage(), "finder.neitherOffline", notAPhone));
        }
        return byPhone(phone);
    }

    /**
     * Finds the customer whose NFC card the till's reader read ({@code NfcTap.cardNumber()} of
     * {@code dev.regulars.pos.devices.nfc}, the UID in hexadecimal): as a card, never as a phone (a UID may be all
     * digits, "04123456"), in this till's cache first, then on the server as an NFC card. Like any static card it
     * earns and does not redeem. Never throws: a {@link Problem} says what is wrong in the cashier's words.
     */
    public Finding findNfcCard(String uid) {
        Optional<String> number = CardNumbers.normalize(uid);
        if (number.isEmpty()) {
            return new Problem(CardNumbers.notACard(uid));
        }
        return byCard(number.get(), IdentifyRequest.Method.NFC, nobodyNfc(), offlineCard());
    }

    private Finding byPhone(PhoneNumber phone) {
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

    /**
     * The cache first (a card found there earns offline), then the server.
     *
     * @param method  how the server is asked: a printed card or an NFC card
     * @param nobody  the words when the server knows no one with the card (404), instead of the server's own
     * @param offline the words when the till does not know the card and the server does not answer
     */
    private Finding byCard(String number, IdentifyRequest.Method method, KeyedRefusal nobody,
                           KeyedRefusal offline) {
        Optional<CachedCustomer> cached = lookup.findByCard(number);
        if (cached.isPresent()) {
            return new Found(new CustomerAtTill.Carded(number, cached.get()));
        }
        try {
            return new Found(new CustomerAtTill.Scanned(
                    server.identify(new IdentifyRequest(method, number))));
        } catch (SyncException e) {
            return e.status() == 404 ? new Problem(nobody) : e.isOffline() ? new Problem(offline)
                    : new Problem(e.getMessage());
        }
    }

    private Finding byRotatingCode(String code) {
        try {
            return new Found(new CustomerAtTill.Scanned(
                    server.identify(new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, code))));
        } catch (SyncException e) {
            return e.isOffline() ? new Problem(new KeyedRefusal("The code from the card page needs the server, which"
                    + " does not answer: type the customer's phone instead", "finder.offlineCode"))
                    : new Problem(e.getMessage());
        }
    }

    /** "No customer has card 0042 7788": the number grouped as on the card, without its "RC". */
    private static KeyedRefusal nobodyHas(String cardNumber) {
        String grouped = CardNumbers.grouped(cardNumber);
        return new KeyedRefusal("No customer has card " + grouped, "finder.noCard", grouped);
    }
}
