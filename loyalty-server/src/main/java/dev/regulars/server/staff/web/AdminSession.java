package dev.regulars.server.staff.web;

import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.Business;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is logged in to the admin, and logging out. */
@Named("admin")
@RequestScoped
public class AdminSession {

    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.staff.AdminLogin login;
    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    private StaffUser current;
    @Inject
    private dev.regulars.server.staff.StaffStores stores;
    private Boolean limited;

    public StaffUser getStaff() {
        if (current == null) {
            current = staff.current();
        }
        return current;
    }

    public String getStaffName() {
        return getStaff().name();
    }

    public String getRole() {
        return getStaff().role().name();
    }

    /** OWNER and MANAGER: tills, points, customers, call backs. */
    public boolean isManages() {
        return getStaff().role() != dev.regulars.server.staff.StaffRole.MARKETER;
    }

    /** OWNER: staff and roles. */
    public boolean isOwns() {
        return getStaff().role() == dev.regulars.server.staff.StaffRole.OWNER;
    }

    /** OWNER and MARKETER not limited to some stores: campaigns and messages are business-wide. */
    public boolean isMarkets() {
        return getStaff().role() != dev.regulars.server.staff.StaffRole.MANAGER && !isLimited();
    }

    /** Limited to some stores (StoreLimit): business-wide pages (catalog, campaigns, messages) are not theirs. */
    public boolean isLimited() {
        if (limited == null) {
            limited = stores.of(getStaff()).isLimited();
        }
        return limited;
    }

    public String getBusinessName() {
        return em.find(Business.class, getStaff().businessId()).name();
    }

    /**
     * This page's address with its query, URL-encoded: where the language switch comes back to. A page drawn after
     * a post comes back as the page without the post's state.
     */
    public String getHere() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String query = request.getQueryString();
        return java.net.URLEncoder.encode(request.getRequestURI() + (query == null ? "" : "?" + query),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        login.logOut((HttpServletRequest) external.getRequest(),
                (jakarta.servlet.http.HttpServletResponse) external.getResponse());
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/admin/login.xhtml?loggedOut=true");
    }
}
