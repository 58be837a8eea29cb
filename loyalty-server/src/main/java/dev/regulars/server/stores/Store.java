package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import dev.regulars.core.sync.StoreDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

/** One shop of a business: its currency, the region phone numbers are read in, and its time zone. */
@Entity
@Table(name = "store")
public class Store {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "business_id")
    private Business business;
    private String name;
    private String currency;
    @Column(name = "phone_region")
    private String phoneRegion;
    @Column(name = "zone_id")
    private String zoneId;
    @Column(name = "created_at")
    private Instant createdAt;

    @jakarta.persistence.Column(name = "callback_sla_hours")
    private int callbackSlaHours = 24;
    private String address;
    @Column(name = "vat_id")
    private String vatId;
    @Column(name = "receipt_language")
    private String receiptLanguage;
    @Column(name = "receipt_footer")
    private String receiptFooter;
    @Column(name = "change_seq")
    private long changeSeq;

    protected Store() {
    }

    public Store(Business business, String name, Currency currency, String phoneRegion, ZoneId zone, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.business = business;
        this.name = name;
        this.currency = currency.getCurrencyCode();
        this.phoneRegion = phoneRegion;
        this.zoneId = zone.getId();
        this.createdAt = createdAt;
        this.receiptLanguage = ReceiptLanguages.defaultFor(phoneRegion);
    }

    public String id() {
        return id;
    }

    public Business business() {
        return business;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    /** How many hours a manager has to call back a customer who rated a visit 1 to 3 stars (default 24). */
    public int callbackSlaHours() {
        return callbackSlaHours;
    }

    /**
     * Changes what staff may change of a store: its name, time zone, call-back SLA and what its receipts print.
     * Currency and phone region stay: every amount and phone number of its history is read with them.
     *
     * @param changeSeq the change number tills see it by
     */
    void change(String name, ZoneId zone, int callbackSlaHours, ReceiptDetails receipt, long changeSeq) {
        this.name = name;
        this.zoneId = zone.getId();
        this.callbackSlaHours = callbackSlaHours;
        this.address = receipt.address();
        this.vatId = receipt.vatId();
        this.receiptLanguage = receipt.language();
        this.receiptFooter = receipt.footer();
        this.changeSeq = changeSeq;
    }

    /** What the store's receipts print besides its name. */
    public ReceiptDetails receipt() {
        return new ReceiptDetails(address, vatId, receiptLanguage, receiptFooter);
    }

    /**
     * The store as its tills receive it.
     *
     * @param publicUrl the server's public address (regulars.public-url), without a trailing slash
     */
    public StoreDetails details(String publicUrl) {
        return new StoreDetails(name, business.name(), address, vatId, receiptLanguage, zoneId, currency, phoneRegion,
                publicUrl, receiptFooter, publicUrl + "/join/" + id);
    }

    public String phoneRegion() {
        return phoneRegion;
    }

    public String zoneId() {
        return zoneId;
    }
}
