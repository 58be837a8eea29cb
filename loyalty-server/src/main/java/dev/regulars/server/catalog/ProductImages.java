package dev.regulars.server.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Product pictures by their SHA-256, per business. A picture never changes (its hash is its name), so storing one
 * twice is storing it once, and tills and browsers may keep it for good. A picture no product shows any more is
 * removed.
 */
@ApplicationScoped
public class ProductImages {

    /** A stored picture. */
    public record Image(String contentType, byte[] bytes) {
    }

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Stores a checked picture (nothing when the business has it already), in the caller's transaction. */
    void store(String businessId, ImageCheck.Checked image) {
        em.createNativeQuery("INSERT IGNORE INTO product_image (business_id, sha256, content_type, bytes, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, businessId).setParameter(2, image.sha256()).setParameter(3, image.contentType())
                .setParameter(4, image.bytes())
                .setParameter(5, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Removes the picture unless a product still shows it, in the caller's transaction (after its changes). */
    void forgetUnlessShown(String businessId, String sha256) {
        if (sha256 == null) {
            return;
        }
        em.flush();
        em.createNativeQuery("DELETE FROM product_image WHERE business_id = ? AND sha256 = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM product p WHERE p.business_id = ? AND p.image_sha256 = ?)")
                .setParameter(1, businessId).setParameter(2, sha256).setParameter(3, businessId)
                .setParameter(4, sha256).executeUpdate();
    }

    /**
     * The business's picture with this hash, or empty.
     *
     * @param sha256 64 hex digits; anything else finds nothing
     */
    public Optional<Image> find(String businessId, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT content_type, bytes FROM product_image"
                        + " WHERE business_id = ? AND sha256 = ?")
                .setParameter(1, businessId).setParameter(2, sha256).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Image((String) r[0], (byte[]) r[1]);
        });
    }
}
