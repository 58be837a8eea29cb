package dev.regulars.server.platform;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** UP when the server can reach its database; load balancers and the demo launcher poll it. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Resource(lookup = "java:app/jdbc/regulars")
    private DataSource dataSource;

    @GET
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return Response.status(valid ? 200 : 503)
                    .entity(Map.of("status", valid ? "UP" : "DOWN", "database", valid ? "UP" : "DOWN"))
                    .build();
        } catch (SQLException e) {
            return Response.status(503).entity(Map.of("status", "DOWN", "database", "DOWN")).build();
        }
    }
}
