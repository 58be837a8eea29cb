/**
 * The catalog: categories (colour, order in the till's grid), products (price with VAT included, VAT rate,
 * barcode, picture, modifier groups, order, active), modifier groups that products share (Size, Milk, Extras) with
 * their options and price deltas, and product pictures. Owns catalog_category, product, product_image,
 * modifier_group, modifier_option, product_modifier_group.
 *
 * <p>A context of its own rather than part of {@code stores}: the menu changes every week while a store is set up
 * once, it has rules of its own (a barcode belongs to one product of a business, a picture is checked by its bytes,
 * a group needs options) and its own admin page, and tills read it only through {@link CatalogFeed} (the change
 * feed) and {@link CatalogImageResource}. It uses {@code stores} for change numbers and {@code staff} for who may
 * change it and the audit; every change takes a change number and stamps it on each product a till must fetch again.
 */
package dev.regulars.server.catalog;
