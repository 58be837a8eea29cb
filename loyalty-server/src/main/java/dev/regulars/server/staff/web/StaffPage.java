package dev.regulars.server.staff.web;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffAccounts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "staff.invited", email.strip());
            name = "";
            email = "";
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

    public List<Row> getRows() {
        if (rows == null) {
            StaffUser me = directory.current();
            rows = accounts.of(me.businessId()).stream().map(s -> new Row(s.id(), s.name(), s.email(),
                    s.role().name(), !s.isActive() ? "deactivated" : s.hasPassword() ? "active" : "invited",
                    s.id().equals(me.id()))).toList();
        }
        return rows;
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
}
