package nl.ketenlens.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The first line of every link key (buyer, supplier, commodity) in a file, in about 24 bytes a link: ids and
 * commodities are numbered once in a dictionary and a key is packed into a {@code long} of an open-addressing
 * table, instead of a {@code String} key, a boxed line and a hash-map node per row (~150 bytes). What lets the
 * streamed links import find duplicates in a file of millions of rows without keeping the rows.
 */
final class LinkKeys {
    private static final int ID_BITS = 26;      // 67 M distinct ids: far beyond any file under the upload limit
    private static final int COMMODITY_BITS = 12;
    private static final long EMPTY = -1L;

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> commodities = new HashMap<>();
    private long[] keys = new long[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    LinkKeys() {
        Arrays.fill(keys, EMPTY);
    }

    /** The number of an id (any string, "null" included, as {@code CrossRowChecks.linkKey} spells a missing one). */
    int id(String id) {
        return number(ids, String.valueOf(id), ID_BITS);
    }

    /** Records {@code line} as the first line of the key unless one is known; returns the known first line or -1. */
    int putIfAbsent(String buyer, String supplier, String commodity, int line) {
        long key = ((long) id(buyer) << (ID_BITS + COMMODITY_BITS)) | ((long) id(supplier) << COMMODITY_BITS)
                | number(commodities, String.valueOf(commodity), COMMODITY_BITS);
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        lines[slot] = line;
        size++;
        return -1;
    }

    /** The first line recorded for this key, or -1. */
    int firstLine(String buyer, String supplier, String commodity) {
        Integer b = ids.get(String.valueOf(buyer));
        Integer s = ids.get(String.valueOf(supplier));
        Integer c = commodities.get(String.valueOf(commodity));
        if (b == null || s == null || c == null) {
            return -1;
        }
        long key = ((long) b << (ID_BITS + COMMODITY_BITS)) | ((long) s << COMMODITY_BITS) | c;
        for (int slot = slot(key, keys.length); keys[slot] != EMPTY; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return lines[slot];
            }
        }
        return -1;
    }

    private static int number(Map<String, Integer> dictionary, String value, int bits) {
        Integer n = dictionary.get(value);
        if (n == null) {
            n = dictionary.size();
            if (n >= 1 << bits) {
                throw new IllegalStateException("more than " + (1 << bits) + " distinct values in one links file");
            }
            dictionary.put(value, n);
        }
        return n;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (capacity - 1);
    }
}
