package dev.regulars.server.catalog;

import dev.regulars.core.sync.ModifierOption;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The owner or a manager adds, changes and deletes modifier groups (Size, Milk, Extras). A group is shared: a
 * change to it stamps every product that has it with the change number, so tills fetch those products again with
 * the group as it is now. Audited.
 */
@ApplicationScoped
public class ModifierGroups {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private StaffAudit audit;

    /** The business's groups in their order (position, then name). */
    public List<ModifierGroup> of(String businessId) {
        return CatalogRows.inOrder(em, ModifierGroup.class, businessId);
    }

    /**
     * Adds a group (id null) or changes one.
     *
     * @throws Problem for a marketer, an unknown group, a name another group has, no options, two options of one name
     */
    @Transactional
    public ModifierGroup save(StaffUser staff, String id, ModifierGroupDraft draft) {
        Categories.mayChange(staff);
        String business = staff.businessId();
        long seq = changes.next(business);
        ModifierGroup group = id == null ? null : find(business, id);
        if (draft.options().isEmpty()) {
            throw new Problem("catalog.group.noOptions");
        }
        Set<String> names = new HashSet<>();
        for (ModifierOption option : draft.options()) {
            if (!names.add(option.name().toLowerCase(Locale.ROOT))) {
                throw new Problem("catalog.group.optionTwice", option.name());
            }
        }
        if (CatalogRows.nameTaken(em, "ModifierGroup", business, draft.name(), id)) {
            throw new Problem("catalog.group.nameTaken", draft.name());
        }
        if (group == null) {
            group = new ModifierGroup(business, draft, draft.position() == null
                    ? CatalogRows.nextPosition(em, "ModifierGroup", business) : draft.position());
            em.persist(group);
            audit.record(staff, "CATALOG_GROUP_ADDED", group.id(), describe(group));
            return group;
        }
        String before = describe(group);
        group.change(draft, draft.position() == null ? group.position() : draft.position());
        stampProductsOf(group.id(), seq);
        audit.record(staff, "CATALOG_GROUP_CHANGED", group.id(), before + " -> " + describe(group));
        return group;
    }

    /**
     * Deletes a group: the products that had it are fetched again without it.
     *
     * @throws Problem for a marketer, an unknown group
     */
    @Transactional
    public void delete(StaffUser staff, String id) {
        Categories.mayChange(staff);
        long seq = changes.next(staff.businessId());
        ModifierGroup group = find(staff.businessId(), id);
        stampProductsOf(id, seq);
        em.createNativeQuery("DELETE FROM product_modifier_group WHERE group_id = ?").setParameter(1, id)
                .executeUpdate();
        audit.record(staff, "CATALOG_GROUP_DELETED", id, describe(group));
        em.remove(group);
    }

    private void stampProductsOf(String groupId, long seq) {
        em.flush();
        em.createNativeQuery("UPDATE product p JOIN product_modifier_group l ON l.business_id = p.business_id"
                        + " AND l.sku = p.sku SET p.change_seq = ? WHERE l.group_id = ?")
                .setParameter(1, seq).setParameter(2, groupId).executeUpdate();
    }

    private ModifierGroup find(String businessId, String id) {
        ModifierGroup group = id == null ? null : em.find(ModifierGroup.class, id);
        if (group == null || !group.businessId().equals(businessId)) {
            throw new Problem("catalog.group.unknown");
        }
        return group;
    }

    private static String describe(ModifierGroup g) {
        return g.name() + (g.required() ? ", required" : ", optional") + (g.multiple() ? ", several" : ", one") + ": "
                + g.options().stream().map(o -> o.name() + " " + o.priceDeltaMinor()).collect(Collectors.joining(", "));
    }
}
