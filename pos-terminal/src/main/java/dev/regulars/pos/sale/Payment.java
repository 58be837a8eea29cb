package dev.regulars.pos.sale;

import dev.regulars.core.words.KeyedRefusal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenders of one check while it is being paid, in minor units: a card for part of it and cash for the rest, or
 * all at once. Cash may exceed what is left (change); a card may not.
 */
public final class Payment {

    private final List<Tender> tenders = new ArrayList<>();
    private long due;

    /** The amount to pay changed (lines, points): tenders so far stay, the rest follows. */
    public void due(long dueMinor) {
        this.due = dueMinor;
    }

    public long remainingMinor() {
        return Math.max(0, due - tenders.stream().mapToLong(Tender::amountMinor).sum());
    }

    public boolean covered() {
        return remainingMinor() == 0 && (due == 0 || !tenders.isEmpty());
    }

    /**
     * A card charged {@code amountMinor} (null: what is left).
     *
     * @throws KeyedRefusal ("pay.nothingLeft", "pay.cardTooMuch")
     */
    public void card(Long amountMinor) {
        long left = remainingMinor();
        if (left == 0) {
            throw new KeyedRefusal("Nothing is left to pay", "pay.nothingLeft");
        }
        long amount = amountMinor == null ? left : amountMinor;
        if (amount > left) {
            throw new KeyedRefusal("A card pays at most what is left", "pay.cardTooMuch", left);
        }
        tenders.add(Tender.card(amount));
    }

    /**
     * Cash handed over (null: exactly what is left). Less than what is left pays part of it; more gives change.
     *
     * @throws KeyedRefusal ("pay.nothingLeft")
     */
    public void cash(Long handedOverMinor) {
        long left = remainingMinor();
        if (left == 0) {
            throw new KeyedRefusal("Nothing is left to pay", "pay.nothingLeft");
        }
        long given = handedOverMinor == null ? left : handedOverMinor;
        if (given <= 0) {
            throw new KeyedRefusal("A payment must be more than zero", "pay.notAnAmount", String.valueOf(given));
        }
        tenders.add(Tender.cash(Math.min(given, left), given));
    }

    /** Takes back the last tender (the cashier keyed it wrong). */
    public void undo() {
        if (!tenders.isEmpty()) {
            tenders.remove(tenders.size() - 1);
        }
    }

    /** Tenders taken before the till restarted, as they were. */
    public void restore(List<Tender> taken) {
        tenders.clear();
        tenders.addAll(taken);
    }

    public void clear() {
        tenders.clear();
    }

    public List<Tender> tenders() {
        return List.copyOf(tenders);
    }
}
