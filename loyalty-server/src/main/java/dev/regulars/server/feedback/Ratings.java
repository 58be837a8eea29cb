package dev.regulars.server.feedback;

import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.sales.ReceiptLookup;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Ratings of visits, one per receipt: a second send within 24 hours replaces the first, later ones are refused. A
 * rating is attached to its sale (store, customer) as soon as the sale is on the server, now or when it arrives
 * (RatingAttachment); a low one then goes to the call-back queue.
 */
@ApplicationScoped
public class Ratings {

    @Inject
    private dev.regulars.server.customers.CustomerDirectory customers;

    /** What a send came to. */
    public enum Saved { NEW, REPLACED, TOO_LATE }

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ReceiptLookup receipts;
    @Inject
    private CallbackQueue callbacks;
    @Inject
    private Clock clock;

    /**
     * The rating of this receipt, if any, attached first if its sale has arrived since (a visitor reloading the
     * page sees the call-back offer as soon as the server knows the visit).
     */
    @Transactional
    public Optional<Rating> of(UUID saleId) {
        Rating rating = em.find(Rating.class, saleId.toString());
        if (rating != null && !rating.isAttached()) {
            em.lock(rating, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(rating);
            attachIfArrived(rating, clock.instant());
        }
        return Optional.ofNullable(rating);
    }

    /**
     * @param language the page's language (en, ru, nl), the one to answer the customer in later
     * @throws IllegalArgumentException for stars outside 1 to 5 or a comment that is too long
     */
    @Transactional
    public Saved rate(UUID saleId, int stars, String comment, String language) {
        Instant now = clock.instant();
        Rating rating = em.find(Rating.class, saleId.toString(), LockModeType.PESSIMISTIC_WRITE);
        Saved saved;
        if (rating == null) {
            rating = new Rating(saleId.toString(), stars, comment, language, now);
            em.persist(rating);
            saved = Saved.NEW;
        } else if (!rating.changeableAt(now)) {
            return Saved.TOO_LATE;
        } else {
            rating.change(stars, comment, language, now);
            saved = Saved.REPLACED;
        }
        attachIfArrived(rating, now);
        return saved;
    }

    /**
     * An anonymous customer who rated the visit low leaves a phone number to be called back, with explicit consent.
     *
     * @throws IllegalArgumentException when there is no such low rating of an arrived anonymous sale, or the phone
     *                                  is not valid in the store's region (in words for the customer)
     */
    @Transactional
    public void callMeBack(UUID saleId, String typedPhone, boolean consent) {
        if (!consent) {
            throw new IllegalArgumentException("consent");
        }
        Rating rating = em.find(Rating.class, saleId.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (rating == null || !rating.isLow() || !rating.isAttached() || rating.customerId() != null) {
            throw new IllegalArgumentException("no call back for this visit");
        }
        Store store = em.find(Store.class, rating.storeId());
        try {
            rating.callBackOn(PhoneNumbers.normalize(typedPhone, store.phoneRegion()).e164(), clock.instant());
        } catch (InvalidPhoneNumberException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        callbacks.ratingChanged(rating, clock.instant());
    }

    /** A customer who rated a visit in a language reads it: campaigns write to them in it, unless told otherwise. */
    private void learnLanguage(String businessId, String customerId, String language) {
        if (customerId != null && dev.regulars.server.customers.Customer.LANGUAGES.contains(language)) {
            customers.lockById(businessId, customerId).filter(c -> c.language() == null)
                    .ifPresent(c -> c.language(language));
        }
    }

    /** Attaches the rating when its sale is on the server; the call-back queue follows the rating. */
    void attachIfArrived(Rating rating, Instant now) {
        if (!rating.isAttached()) {
            receipts.bySaleId(rating.saleId()).ifPresent(r -> {
                rating.attach(r.businessId(), r.storeId(), r.customerId(), now);
                learnLanguage(r.businessId(), r.customerId(), rating.language());
            });
        }
        if (rating.isAttached()) {
            callbacks.ratingChanged(rating, now);
        }
    }
}
