package dev.regulars.server.staff.web;

import dev.regulars.server.staff.StaffStores;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The admin pages about the whole business rather than a store (the catalog, campaigns, messages sent): a member of
 * staff limited to some stores gets the 403 page, whose words say the page is not theirs, whatever the menu showed.
 * The container has authenticated the request by the time a filter runs (AdminLogin). Staff and the program are
 * the owner's already (web.xml), and an owner is never limited.
 */
@WebFilter(urlPatterns = {"/admin/catalog.xhtml", "/admin/campaigns.xhtml", "/admin/campaign.xhtml",
        "/admin/messages.xhtml"})
public class BusinessWideFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffStores stores;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && stores.current().isLimited()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
