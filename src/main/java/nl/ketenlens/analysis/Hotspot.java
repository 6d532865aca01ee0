package nl.ketenlens.analysis;

import java.util.Arrays;

/**
 * A named group of facilities sharing one risk: country × commodity × theme, or a region. The service chooses the
 * key (e.g. {@code "CD:gold:child_labour"}) and which facilities belong; the analysis treats a hotspot's
 * <em>targets</em> as its facilities whose risk weight is positive and that are not engaged.
 *
 * @param key        stable name of the hotspot, used in explanations
 * @param facilities facility vertices in the hotspot (sorted, distinct; a copy is kept)
 */
public record Hotspot(String key, int[] facilities) {
    public Hotspot {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("hotspot key is required");
        }
        facilities = Arrays.stream(facilities).sorted().distinct().toArray();
    }

    @Override
    public int[] facilities() {
        return facilities.clone();
    }

    public boolean contains(int vertex) {
        return Arrays.binarySearch(facilities, vertex) >= 0;
    }

    int[] raw() {
        return facilities;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hotspot h && h.key.equals(key) && Arrays.equals(h.facilities, facilities);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(facilities);
    }

    @Override
    public String toString() {
        return "Hotspot[" + key + ", " + facilities.length + " facilities]";
    }
}
