package dev.regulars.server.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * How staff log in to the admin, on any number of server nodes. The login form posts to
 * {@code /admin/j_security_check}; the password is checked by the identity store (StaffSecurity) and a login token
 * goes into an HttpOnly cookie ({@link #COOKIE}). Every request with that cookie is authenticated afresh from the
 * database (StaffLogins), never from one node's HTTP session, so a member of staff stays logged in whichever node
 * answers, and a deactivated account or a changed role counts at the next click. A protected page asked for without
 * a login goes to the login page, and back to that page afterwards. Follows Jakarta Security 3.0,
 * HttpAuthenticationMechanism.
 */
@ApplicationScoped
public class AdminLogin implements HttpAuthenticationMechanism {

    /** Carries the login token. */
    public static final String COOKIE = "regulars_admin";
    /** Carries the admin page asked for before logging in (ten minutes). */
    private static final String TARGET = "regulars_admin_to";

    @Inject
    private IdentityStoreHandler identityStores;
    @Inject
    private StaffLogins logins;
    @Inject
    private StaffDirectory directory;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String admin = request.getContextPath() + "/admin/";
        if (request.getRequestURI().equals(admin + "j_security_check") && "POST".equals(request.getMethod())) {
            return logIn(request, response, context, admin);
        }
        Optional<StaffLogins.LoggedIn> in = logins.find(cookie(request, COOKIE));
        if (in.isPresent()) {
            return context.notifyContainerAboutLogin(in.get().email(), Set.of(in.get().role().name()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.addCookie(cookie(request, TARGET,
                    request.getRequestURI() + (query == null ? "" : "?" + query), 600));
        }
        return context.redirect(admin + "login.xhtml");
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, String admin) {
        String email = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (email == null || password == null || email.isBlank() || password.isEmpty() || email.length() > 254
                || password.length() > 1000) {
            return context.redirect(admin + "login.xhtml?failed=true");
        }
        CredentialValidationResult checked = identityStores.validate(
                new UsernamePasswordCredential(email.strip(), password));
        Optional<String> token = checked.getStatus() == CredentialValidationResult.Status.VALID
                ? logins.begin(checked.getCallerPrincipal().getName()) : Optional.empty();
        if (token.isEmpty()) {
            return context.redirect(admin + "login.xhtml?" + (directory.isDeactivatedWithPassword(email.strip(),
                    password) ? "deactivated=true" : "failed=true"));
        }
        response.addCookie(cookie(request, COOKIE, token.get(), -1));
        String target = cookie(request, TARGET);
        response.addCookie(cookie(request, TARGET, "", 0));
        boolean ours = target != null && target.startsWith(admin) && !target.contains("//")
                && !target.startsWith(admin + "login.xhtml");
        return context.redirect(ours ? target : admin + "index.xhtml");
    }

    /** Ends the login of this request (logging out): on every node, and its cookie. */
    public void logOut(HttpServletRequest request, HttpServletResponse response) {
        logins.end(cookie(request, COOKIE));
        response.addCookie(cookie(request, COOKIE, "", 0));
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** @param maxAge seconds; -1 until the browser closes, 0 to remove it */
    private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
