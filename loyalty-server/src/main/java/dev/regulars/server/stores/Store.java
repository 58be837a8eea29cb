package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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
     * Changes what staff may change of a store: its name, time zone and call-back SLA. Currency and phone region
     * stay: every amount and phone number of its history is read with them.
     */
    void change(String name, ZoneId zone, int callbackSlaHours) {
        this.name = name;
        this.zoneId = zone.getId();
        this.callbackSlaHours = callbackSlaHours;
    }

    public String phoneRegion() {
        return phoneRegion;
    }

    public String zoneId() {
        return zoneId;
    }
}
