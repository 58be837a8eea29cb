package dev.regulars.server.catalog.web;

import dev.regulars.server.catalog.ProductImages;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /admin/catalog-image/{sha256}}: a product's picture for the catalog page, of the business of the member of
 * staff logged in (the admin's login guards every address under /admin). Unknown: 404.
 */
@WebServlet("/admin/catalog-image/*")
public class CatalogImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductImages images;
    @Inject
    private StaffDirectory staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String sha256 = path == null ? "" : path.substring(1);
        var image = images.find(staff.current().businessId(), sha256);
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.get().contentType());
        response.setContentLength(image.get().bytes().length);
        response.getOutputStream().write(image.get().bytes());
    }
}
