package dev.regulars.server.catalog;

import dev.regulars.core.sync.ModifierOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A question asked when a product is rung up (Size, Milk, Extras), shared by the products that have it, with its
 * options in order. The wire form is {@link dev.regulars.core.sync.ModifierGroup}.
 */
@Entity
@Table(name = "modifier_group")
public class ModifierGroup {

    @Id
    private String id;
    @Column(name = "business_id")
    private String businessId;
    private String name;
    private boolean required;
    private boolean multiple;
    private int position;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "modifier_option", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    private List<Option> options = new ArrayList<>();

    protected ModifierGroup() {
    }

    public ModifierGroup(String businessId, ModifierGroupDraft draft, int position) {
        this.id = UUID.randomUUID().toString();
        this.businessId = businessId;
        change(draft, position);
    }

    void change(ModifierGroupDraft draft, int position) {
        this.name = draft.name();
        this.required = draft.required();
        this.multiple = draft.multiple();
        this.position = position;
        this.options = new ArrayList<>(draft.options().stream().map(Option::new).toList());
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

    public boolean required() {
        return required;
    }

    public boolean multiple() {
        return multiple;
    }

    /** Order on a product, lowest first. */
    public int position() {
        return position;
    }

    public List<ModifierOption> options() {
        return options.stream().map(o -> new ModifierOption(o.name, o.priceDeltaMinor)).toList();
    }

    /** The group as tills receive it. */
    public dev.regulars.core.sync.ModifierGroup wire() {
        return new dev.regulars.core.sync.ModifierGroup(name, required, multiple, options());
    }

    /** One row of modifier_option. */
    @Embeddable
    public static class Option {
        private String name;
        @Column(name = "price_delta_minor")
        private long priceDeltaMinor;

        protected Option() {
        }

        Option(ModifierOption option) {
            this.name = option.name();
            this.priceDeltaMinor = option.priceDeltaMinor();
        }
    }
}
