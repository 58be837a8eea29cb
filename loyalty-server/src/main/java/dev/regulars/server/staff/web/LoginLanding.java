package dev.regulars.server.staff.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a login from the login page itself lands. Jakarta Security's form mechanism checks the credentials sent to
 * {@code j_security_check} and goes back to the page that asked for the login; opened directly (a bookmark, after
 * logging out, after setting a password) there is no such page, and the request reached this address, which had
 * nothing: a 404 for a successful login. Now it goes to the admin's start.
 */
@WebServlet("/admin/j_security_check")
public class LoginLanding extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/admin/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/admin/");
    }
}
