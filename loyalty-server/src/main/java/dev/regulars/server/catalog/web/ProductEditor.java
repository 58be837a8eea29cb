package dev.regulars.server.catalog.web;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.server.catalog.Categories;
import dev.regulars.server.catalog.ImageCheck;
import dev.regulars.server.catalog.ModifierGroups;
import dev.regulars.server.catalog.Product;
import dev.regulars.server.catalog.ProductDraft;
import dev.regulars.server.catalog.Products;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The product form of the catalog page (ProductForm reads the fields). The picture is checked as it arrives (by its
 * bytes); one that passed is kept while other fields are put right, so it need not be chosen again. Each problem,
 * the domain's refusals included, next to its field.
 */
@Named("productEditor")
@ViewScoped
public class ProductEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The field each of Products' refusals is about. */
    private static final Map<String, String> FIELDS = Map.of("catalog.product.skuTaken", "sku",
            "catalog.product.barcodeTaken", "barcode", "catalog.category.unknown", "category",
            "catalog.product.categoryInactive", "category", "catalog.group.unknown", "groups");

    @Inject
    private Products products;
    @Inject
    private Categories categories;
    @Inject
    private ModifierGroups groups;
    @Inject
    private StaffDirectory staff;
    @Inject
    private CatalogPage page;

    private ProductForm form;
    private boolean isNew;
    private String imageSha256;
    private ImageCheck.Checked pendingImage;
    private boolean removeImage;
    private transient Part upload;

    /** A new product in this category (or none chosen), at the VAT rate most products have. */
    public void openNew(String categoryId) {
        List<Product> all = products.of(staff.current().businessId());
        int usual = all.stream().collect(java.util.stream.Collectors.groupingBy(Product::vatRateBp,
                        java.util.stream.Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        start(ProductForm.empty(categoryId, BasisPoints.valueOf(usual)), true, null);
    }

    /** Opens the business's product with this SKU. */
    public void open(String sku) {
        String business = staff.current().businessId();
        Product product = products.find(business, sku);
        if (product == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "catalog.product.unknown");
            return;
        }
        start(ProductForm.of(product, products.groupsBySku(business).getOrDefault(sku, List.of()), currency()),
                false, product.imageSha256());
    }

    private void start(ProductForm opened, boolean asNew, String image) {
        form = opened;
        isNew = asNew;
        imageSha256 = image;
        pendingImage = null;
        removeImage = false;
    }

    public void save() {
        form.getErrors().clear();
        ImageCheck.Checked image = uploaded();
        ProductDraft draft = form.parse(currency(), image, removeImage && image == null);
        if (draft == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "catalog.error.fields");
            return;
        }
        try {
            products.save(staff.current(), form.sku(), isNew, draft);
        } catch (Problem e) {
            AdminTexts.refuse(e, FIELDS, form.getErrors());
            return;
        }
        AdminTexts.say(FacesMessage.SEVERITY_INFO, "catalog.product.saved", draft.name());
        form = null;
        page.load();
    }

    /** The picture chosen now, checked; or the one that passed before; or null. A problem goes under "image". */
    private ImageCheck.Checked uploaded() {
        if (upload == null || upload.getSize() == 0) {
            return pendingImage;
        }
        try (InputStream in = upload.getInputStream()) {
            pendingImage = ImageCheck.check(in.readNBytes(ImageCheck.MAX_BYTES + 1));
        } catch (Problem e) {
            pendingImage = null;
            form.getErrors().put("image", AdminTexts.of(e));
        } catch (IOException e) {
            pendingImage = null;
            form.getErrors().put("image", AdminTexts.get("catalog.image.notPicture"));
        } finally {
            upload = null;
        }
        return pendingImage;
    }

    public void close() {
        form = null;
    }

    public boolean isOpen() {
        return form != null;
    }

    public boolean isNew() {
        return isNew;
    }

    public ProductForm getForm() {
        return form;
    }

    /** The active categories to choose from, by name. */
    public List<SelectItem> getCategoryChoices() {
        return categories.of(staff.current().businessId()).stream().filter(c -> c.active())
                .map(c -> new SelectItem(c.id(), c.name())).toList();
    }

    /** The business's modifier groups to tick, by name. */
    public List<SelectItem> getGroupChoices() {
        return groups.of(staff.current().businessId()).stream().map(g -> new SelectItem(g.id(), g.name())).toList();
    }

    /** The picture the product shows now (before this save), or null. */
    public String getImageSha256() {
        return imageSha256;
    }

    /** A picture that passed its check and will be saved with the product. */
    public boolean isImageReady() {
        return pendingImage != null;
    }

    public boolean isRemoveImage() {
        return removeImage;
    }

    public void setRemoveImage(boolean removeImage) {
        this.removeImage = removeImage;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    private Currency currency() {
        return Currency.getInstance(page.getCurrency());
    }
}
