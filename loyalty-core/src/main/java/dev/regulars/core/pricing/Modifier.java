package dev.regulars.core.pricing;

/**
 * A modifier chosen for a line, such as "Size: Large" or "Milk: Oat": its price delta is added to the product's
 * unit price for every unit of the line.
 *
 * @param group           the modifier group's name as the catalog had it ("Size")
 * @param option          the chosen option ("Large")
 * @param priceDeltaMinor minor units per unit, VAT included; negative for a cheaper option ("no milk")
 */
public record Modifier(String group, String option, long priceDeltaMinor) {

    public Modifier {
        if (option == null || option.isBlank()) {
            throw new IllegalArgumentException("a modifier needs the name of the option chosen");
        }
    }

    /** "Size: Large", or just the option when it has no group. */
    public String label() {
        return group == null || group.isBlank() ? option : group + ": " + option;
    }
}
