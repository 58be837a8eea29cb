package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person who logs in to the tills of a store with a PIN. */
@Entity
@Table(name = "cashier")
public class Cashier {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;
    private String name;
    @Column(name = "pin_hash")
    private String pinHash;
    @Column(name = "change_seq")
    private long changeSeq;

    protected Cashier() {
    }

    public Cashier(Store store, String name, String pinHash, long changeSeq) {
        this.id = UUID.randomUUID().toString();
        this.store = store;
        this.name = name;
        this.pinHash = pinHash;
        this.changeSeq = changeSeq;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String pinHash() {
        return pinHash;
    }
}
