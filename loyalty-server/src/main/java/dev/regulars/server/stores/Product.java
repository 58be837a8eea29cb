package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An item of a business's catalog, priced in the currency of its stores. */
@Entity
@Table(name = "product")
@IdClass(Product.Key.class)
public class Product {

    @Id
    @Column(name = "business_id")
    private String businessId;
    @Id
    private String sku;
    private String name;
    private String category;
    @Column(name = "price_minor")
    private long priceMinor;
    @Column(name = "change_seq")
    private long changeSeq;

    protected Product() {
    }

    public Product(String businessId, String sku, String name, String category, long priceMinor, long changeSeq) {
        this.businessId = businessId;
        this.sku = sku;
        this.name = name;
        this.category = category;
        this.priceMinor = priceMinor;
        this.changeSeq = changeSeq;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public long priceMinor() {
        return priceMinor;
    }

    /** Composite key of the catalog: a SKU is unique within its business. */
    public static class Key implements Serializable {
        private String businessId;
        private String sku;

        public Key() {
        }

        public Key(String businessId, String sku) {
            this.businessId = businessId;
            this.sku = sku;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(businessId, k.businessId) && Objects.equals(sku, k.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(businessId, sku);
        }
    }
}
