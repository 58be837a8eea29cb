package dev.regulars.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A category of a business's catalog: a name, a colour for the till's grid, a place in its order. */
@Entity
@Table(name = "catalog_category")
public class Category {

    @Id
    private String id;
    @Column(name = "business_id")
    private String businessId;
    private String name;
    private String colour;
    private int position;
    private boolean active = true;
    @Column(name = "change_seq")
    private long changeSeq;

    protected Category() {
    }

    public Category(String businessId, String name, String colour, int position, long changeSeq) {
        this.id = UUID.randomUUID().toString();
        this.businessId = businessId;
        change(name, colour, position, changeSeq);
    }

    void change(String name, String colour, int position, long changeSeq) {
        this.name = name;
        this.colour = colour;
        this.position = position;
        this.changeSeq = changeSeq;
    }

    void setActive(boolean active, long changeSeq) {
        this.active = active;
        this.changeSeq = changeSeq;
    }

    public String id() {
        return id;
    }

    public String businessId() {
        return businessId;
    }

    public String name() {
        return name;
    }

    /** {@code #RRGGBB}, upper case. */
    public String colour() {
        return colour;
    }

    /** Order in the grid, lowest first. */
    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public long changeSeq() {
        return changeSeq;
    }
}
