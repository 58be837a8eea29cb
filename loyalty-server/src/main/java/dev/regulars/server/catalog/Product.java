package dev.regulars.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * An item of a business's catalog, priced in the currency of its stores (VAT included). Its SKU is its identity
 * for good: sales name it, so it is never changed; a product that goes is made inactive, not deleted.
 */
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
    @Column(name = "category_id")
    private String categoryId;
    @Column(name = "price_minor")
    private long priceMinor;
    @Column(name = "vat_rate_bp")
    private int vatRateBp;
    private String barcode;
    @Column(name = "image_sha256")
    private String imageSha256;
    private int position;
    private boolean active = true;
    @Column(name = "change_seq")
    private long changeSeq;

    protected Product() {
    }

    public Product(String businessId, String sku, ProductDraft draft, int position, long changeSeq) {
        this.businessId = businessId;
        this.sku = sku;
        change(draft, position, changeSeq);
    }

    /** Takes the draft's name, category, price, VAT rate and barcode, and this position; the picture stays. */
    void change(ProductDraft draft, int position, long changeSeq) {
        this.name = draft.name();
        this.categoryId = draft.categoryId();
        this.priceMinor = draft.priceMinor();
        this.vatRateBp = draft.vatRate().value();
        this.barcode = draft.barcode();
        this.position = position;
        this.changeSeq = changeSeq;
    }

    void showImage(String sha256) {
        this.imageSha256 = sha256;
    }

    void setActive(boolean active, long changeSeq) {
        this.active = active;
        this.changeSeq = changeSeq;
    }

    public String businessId() {
        return businessId;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String categoryId() {
        return categoryId;
    }

    public long priceMinor() {
        return priceMinor;
    }

    /** The VAT rate included in the price, in basis points (900 = 9 %). */
    public int vatRateBp() {
        return vatRateBp;
    }

    /** Normalized ({@code core.catalog.Barcodes}), or null. */
    public String barcode() {
        return barcode;
    }

    /** The SHA-256 of its picture (a row of product_image), or null. */
    public String imageSha256() {
        return imageSha256;
    }

    /** Order within its category, lowest first. */
    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public long changeSeq() {
        return changeSeq;
    }

    /** Composite key of the catalog: a SKU is unique within its business. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
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
