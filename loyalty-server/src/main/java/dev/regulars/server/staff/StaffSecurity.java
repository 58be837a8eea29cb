package dev.regulars.server.staff;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff log in to /admin with a form (AdminLogin); passwords are checked against PBKDF2 hashes in staff_user.
 * The till API is not affected: it has no security constraint and authenticates tills by bearer token (TerminalAuthFilter).
 */
@ApplicationScoped
@DeclareRoles({"OWNER", "MANAGER", "MARKETER"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/regulars",
        // a deactivated member of staff, or one who has not taken up their invitation, cannot log in
        callerQuery = "SELECT password_hash FROM staff_user WHERE email = ? AND deactivated_at IS NULL"
                + " AND password_set_at IS NOT NULL",
        groupsQuery = "SELECT role FROM staff_user WHERE email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.SaltSizeBytes=32"})
public class StaffSecurity {

    /** The same parameters, for hashing new passwords. */
    public static final java.util.Map<String, String> HASH_PARAMETERS = java.util.Map.of(
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");
}
