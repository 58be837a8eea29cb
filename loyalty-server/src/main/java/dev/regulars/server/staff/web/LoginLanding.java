package dev.regulars.server.staff.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form's address opened by itself (a bookmark, the browser's back button): AdminLogin answers the form's
 * posts; anything else that reaches this address goes to the admin's start rather than a 404.
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
