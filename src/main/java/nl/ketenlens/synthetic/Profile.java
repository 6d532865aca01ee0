package nl.ketenlens.synthetic;

import java.util.List;

/**
 * A kind of Dutch company (e.g. garment brand, jeweller) with its sector, covenants and what it buys.
 *
 * @param weight     share of all generated companies
 * @param membership probability that a company of this profile is a member of {@code covenants}
 * @param large      probability that a company is large (it then buys from {@link Catalogue#LARGE_FACTOR}
 *                   times as many suppliers)
 * @param words      trade words used in company names (Dutch-sounding)
 */
record Profile(String key, String sector, List<String> covenants, double weight, double membership,
               double large, List<String> words, List<Input> inputs) {
    Profile {
        covenants = List.copyOf(covenants);
        words = List.copyOf(words);
        inputs = List.copyOf(inputs);
    }

    /** Mean supplier-count multiplier over small and large companies. */
    double sizeMultiplier() {
        return 1 + large * (Catalogue.LARGE_FACTOR - 1);
    }
}
