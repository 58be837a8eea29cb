package dev.regulars.server.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** A card linked to a customer, with the secret its rotating redeem code is made from. */
@Entity
@Table(name = "customer_card")
@IdClass(CustomerCard.Key.class)
public class CustomerCard {

    /** What kind of card it is. */
    public enum Kind { PRINTED, NFC, WALLET }

    @Id
    @Column(name = "business_id")
    private String businessId;
    @Id
    @Column(name = "card_number")
    private String cardNumber;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "code_secret")
    private String codeSecret;
    @Column(name = "linked_at")
    private Instant linkedAt;

    protected CustomerCard() {
    }

    public CustomerCard(String businessId, String cardNumber, Kind kind, String customerId, String codeSecret,
                        Instant linkedAt) {
        this.businessId = businessId;
        this.cardNumber = cardNumber;
        this.kind = kind;
        this.customerId = customerId;
        this.codeSecret = codeSecret;
        this.linkedAt = linkedAt;
    }

    public String cardNumber() {
        return cardNumber;
    }

    public String customerId() {
        return customerId;
    }

    public Kind kind() {
        return kind;
    }

    public byte[] codeSecret() {
        return Base64.getDecoder().decode(codeSecret);
    }

    /** Composite key: a card number is unique within its business. */
    public static class Key implements Serializable {
        private String businessId;
        private String cardNumber;

        public Key() {
        }

        public Key(String businessId, String cardNumber) {
            this.businessId = businessId;
            this.cardNumber = cardNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(businessId, k.businessId)
                    && Objects.equals(cardNumber, k.cardNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(businessId, cardNumber);
        }
    }
}
