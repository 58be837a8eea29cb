package dev.regulars.server.staff.web;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffAccounts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffStores;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.staff.StoreLimit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The owner's Staff page (staff.xhtml): who has an account, invite someone, change a role, deactivate, and limit
 * someone to some stores or a business line (StoreLimit), when inviting or afterwards.
 */
@Named("staffPage")
@RequestScoped
public class StaffPage {

    @Inject
    private StaffAccounts accounts;
    @Inject
    private StaffDirectory directory;
    @Inject
    private StaffStores stores;

    private String name = "";
    private String email = "";
    private String role = StaffRole.MANAGER.name();
    private String invitationLink;
    private List<Row> rows;
    /** "all" or "some": the stores of the person invited or edited. */
    private String reach = "all";
    private List<String> storeIds = new ArrayList<>();
    private String lineId = "";
    /** The member of staff whose stores are being changed, or null. */
    private String editing;

    /**
     * A member of staff as listed; status: active, invited (no password yet) or deactivated.
     *
     * @param stores the stores they see: "all stores" or the stores' names
     */
    public record Row(String id, String name, String email, String role, String status, boolean me, String stores) {
    }

    public void invite() {
        try {
            StaffRole chosen = StaffRole.valueOf(role);
            StaffUser me = directory.current();
            StoreLimit limit = stores.chosen(me.businessId(), chosen, "all".equals(reach), storeIds, lineId);
            invitationLink = accounts.invite(me, name, email, chosen, limit);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "staff.invited", email.strip());
            name = "";
            email = "";
            reach = "all";
            storeIds = new ArrayList<>();
            lineId = "";
        } catch (IllegalArgumentException e) {
            if (e instanceof Problem) {
                AdminTexts.refuse(e);
            } else {
                AdminTexts.say(FacesMessage.SEVERITY_ERROR, "staff.error.chooseRole"); // no such role
            }
        }
        rows = null;
    }

    public void changeRole(String staffId, String newRole) {
        try {
            accounts.changeRole(directory.current(), staffId, StaffRole.valueOf(newRole));
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "staff.roleChanged");
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        rows = null;
    }

    public void setActive(String staffId, boolean active) {
        try {
            accounts.setActive(directory.current(), staffId, active);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, active ? "staff.reactivated" : "staff.deactivated");
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        rows = null;
    }

    /** Opens the form to change this person's stores, filled with what they have now. */
    public void openStores(String staffId) {
        StaffUser me = directory.current();
        Set<String> now = stores.limitsOf(List.of(staffId)).getOrDefault(staffId, Set.of());
        editing = staffId;
        reach = now.isEmpty() ? "all" : "some";
        storeIds = stores.choices(me.businessId()).stream().map(StoreLimit.Choice::storeId).filter(now::contains)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        lineId = "";
    }

    /** Saves the stores of the person being edited; the form stays open with the refusal when refused. */
    public void saveStores() {
        try {
            stores.limit(directory.current(), editing, "all".equals(reach), storeIds, lineId);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "staff.storesChanged");
            editing = null;
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        rows = null;
    }

    public void closeStores() {
        editing = null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            StaffUser me = directory.current();
            List<StaffUser> all = accounts.of(me.businessId());
            Map<String, Set<String>> limits = stores.limitsOf(all.stream().map(StaffUser::id).toList());
            List<StoreLimit.Choice> choices = stores.choices(me.businessId());
            rows = all.stream().map(s -> new Row(s.id(), s.name(), s.email(),
                    s.role().name(), !s.isActive() ? "deactivated" : s.hasPassword() ? "active" : "invited",
                    s.id().equals(me.id()), storesText(s, limits.get(s.id()), choices))).toList();
        }
        return rows;
    }

    private static String storesText(StaffUser staff, Set<String> limit, List<StoreLimit.Choice> choices) {
        if (staff.role() == StaffRole.OWNER || limit == null || limit.isEmpty()) {
            return AdminTexts.get("staff.stores.all");
        }
        return String.join(", ", choices.stream().filter(c -> limit.contains(c.storeId()))
                .map(StoreLimit.Choice::storeName).toList());
    }

    /** The business's stores to tick, labelled with their line. */
    public List<StoreLimit.Choice> getStoreChoices() {
        return stores.choices(directory.current().businessId());
    }

    /** The business's lines (id, name) to choose a whole line. */
    public List<StoreLimit.Choice> getLineChoices() {
        Map<String, StoreLimit.Choice> byLine = new java.util.LinkedHashMap<>();
        for (StoreLimit.Choice c : getStoreChoices()) {
            if (c.lineId() != null) {
                byLine.putIfAbsent(c.lineId(), c);
            }
        }
        return List.copyOf(byLine.values());
    }

    /** The name of the person whose stores are being changed. */
    public String getEditingName() {
        return getRows().stream().filter(r -> r.id().equals(editing)).map(Row::name).findFirst().orElse("");
    }

    /** The question before deactivating {@code name}, written to stand inside a JavaScript string in quotes. */
    public String deactivateQuestion(String name) {
        return AdminTexts.get("staff.deactivateQuestion", name).replace("\\", "\\\\").replace("'", "\\'");
    }

    public List<String> getRoles() {
        return List.of(StaffRole.OWNER.name(), StaffRole.MANAGER.name(), StaffRole.MARKETER.name());
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getReach() {
        return reach;
    }

    public void setReach(String reach) {
        this.reach = reach;
    }

    public List<String> getStoreIds() {
        return storeIds;
    }

    public void setStoreIds(List<String> storeIds) {
        this.storeIds = storeIds == null ? new ArrayList<>() : new ArrayList<>(storeIds);
    }

    public String getLineId() {
        return lineId;
    }

    public void setLineId(String lineId) {
        this.lineId = lineId == null ? "" : lineId;
    }

    public String getEditing() {
        return editing;
    }

    public void setEditing(String editing) {
        this.editing = editing == null || editing.isBlank() ? null : editing;
    }
}
