package dev.regulars.server.staff.web;

import dev.regulars.server.platform.Notices;
import dev.regulars.server.staff.StaffAccounts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The owner's Staff page (staff.xhtml): who has an account, invite someone, change a role, deactivate. */
@Named("staffPage")
@RequestScoped
public class StaffPage {

    @Inject
    private StaffAccounts accounts;
    @Inject
    private StaffDirectory directory;

    private String name = "";
    private String email = "";
    private String role = StaffRole.MANAGER.name();
    private String invitationLink;
    private List<Row> rows;

    /** A member of staff as listed; status: active, invited (no password yet) or deactivated. */
    public record Row(String id, String name, String email, String role, String status, boolean me) {
    }

    public void invite() {
        try {
            StaffRole chosen = StaffRole.valueOf(role);
            invitationLink = accounts.invite(directory.current(), name, email, chosen);
            Notices.info("Invitation e-mailed to " + email.strip()
                    + ". If it does not arrive, pass on the link below.");
            name = "";
            email = "";
        } catch (IllegalArgumentException e) {
            Notices.error(e.getMessage().startsWith("No enum constant") ? "Choose a role" : e.getMessage());
        }
        rows = null;
    }

    public void changeRole(String staffId, String newRole) {
        try {
            accounts.changeRole(directory.current(), staffId, StaffRole.valueOf(newRole));
            Notices.info("The role is changed; it applies from their next login.");
        } catch (IllegalArgumentException e) {
            Notices.error(e.getMessage());
        }
        rows = null;
    }

    public void setActive(String staffId, boolean active) {
        try {
            accounts.setActive(directory.current(), staffId, active);
            Notices.info(active ? "They can log in again." : "Deactivated: they can no longer log in.");
        } catch (IllegalArgumentException e) {
            Notices.error(e.getMessage());
        }
        rows = null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            StaffUser me = directory.current();
            rows = accounts.of(me.businessId()).stream().map(s -> new Row(s.id(), s.name(), s.email(),
                    s.role().name(), !s.isActive() ? "deactivated" : s.hasPassword() ? "active" : "invited",
                    s.id().equals(me.id()))).toList();
        }
        return rows;
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
}
