package dev.regulars.server.analytics;

import dev.regulars.server.analytics.CustomerHistory.Purchase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every purchase and refund of a business's customers, held in primitive columns for a rebuild (ten million rows
 * take about 30 bytes each, where objects would take ten times that), then handed out customer by customer in the
 * order of their ids (so the roll-up rows are written in their primary key's order).
 */
final class PurchaseColumns {

    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private final Map<String, Integer> storeIndex = new HashMap<>();
    private final List<String> storeIds = new ArrayList<>();
    private int size;
    private int[] customer = new int[1 << 16];
    private long[] atMicros = new long[1 << 16];
    private int[] epochDay = new int[1 << 16];
    private short[] store = new short[1 << 16];
    private long[] amountMinor = new long[1 << 16];
    private boolean[] refund = new boolean[1 << 16];

    /**
     * @param atMicros    when it happened, microseconds since the epoch (orders a customer's purchases of one day)
     * @param day         its local day in the store's zone
     * @param amountMinor paid, or given back by a refund (positive), minor units
     */
    void add(String customerId, String storeId, long atMicros, LocalDate day, long amountMinor, boolean refund) {
        if (size == customer.length) {
            int capacity = size + (size >> 1);
            customer = Arrays.copyOf(customer, capacity);
            this.atMicros = Arrays.copyOf(this.atMicros, capacity);
            epochDay = Arrays.copyOf(epochDay, capacity);
            store = Arrays.copyOf(store, capacity);
            this.amountMinor = Arrays.copyOf(this.amountMinor, capacity);
            this.refund = Arrays.copyOf(this.refund, capacity);
        }
        customer[size] = index(customerIndex, customerIds, customerId);
        int s = index(storeIndex, storeIds, storeId);
        if (s > Short.MAX_VALUE) {
            throw new IllegalStateException("more stores than a rebuild holds: " + s);
        }
        store[size] = (short) s;
        this.atMicros[size] = atMicros;
        epochDay[size] = (int) day.toEpochDay();
        this.amountMinor[size] = amountMinor;
        this.refund[size] = refund;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * Hands each customer's purchases and refunds, in the order they happened, to {@code each}; customers in the
     * order of their ids.
     */
    void forEachCustomer(BiConsumer<String, List<Purchase>> each) {
        int customers = customerIds.size();
        Integer[] byId = new Integer[customers];
        for (int i = 0; i < customers; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (a, b) -> customerIds.get(a).compareTo(customerIds.get(b)));
        // counting sort of the rows by customer: where each customer's rows start in `rows`
        int[] start = new int[customers + 1];
        for (int i = 0; i < size; i++) {
            start[customer[i] + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, customers);
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[next[customer[i]]++] = i;
        }
        List<Integer> mine = new ArrayList<>();
        for (Integer c : byId) {
            mine.clear();
            for (int k = start[c]; k < start[c + 1]; k++) {
                mine.add(rows[k]);
            }
            mine.sort((a, b) -> Long.compare(atMicros[a], atMicros[b]));
            List<Purchase> purchases = new ArrayList<>(mine.size());
            for (int i : mine) {
                purchases.add(new Purchase(LocalDate.ofEpochDay(epochDay[i]), storeIds.get(store[i]),
                        amountMinor[i], refund[i]));
            }
            each.accept(customerIds.get(c), purchases);
        }
    }

    private static int index(Map<String, Integer> index, List<String> ids, String id) {
        Integer i = index.get(id);
        if (i == null) {
            i = ids.size();
            index.put(id, i);
            ids.add(id);
        }
        return i;
    }
}
