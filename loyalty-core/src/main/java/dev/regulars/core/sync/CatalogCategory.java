package dev.regulars.core.sync;

/**
 * A category of the till's grid of products: Coffee, Tea, Bakery.
 *
 * @param name     unique within the business; a {@link CatalogItem#category()} names it
 * @param colour   the grid's colour for it, {@code #RRGGBB} (upper case hex)
 * @param position order in the grid, lowest first (names break ties)
 * @param active   false: removed from the grid
 */
public record CatalogCategory(String name, String colour, int position, boolean active) {
}
