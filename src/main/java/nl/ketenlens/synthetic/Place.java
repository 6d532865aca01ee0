package nl.ketenlens.synthetic;

import java.util.List;

/**
 * A production country of a role with its relative weight and the ISO 3166-2 regions facilities are put in
 * (uniformly; list a region twice to double its weight). No regions: the region stays empty.
 */
record Place(String country, int weight, List<String> regions) {
    Place {
        regions = List.copyOf(regions);
        for (String region : regions) {
            if (!region.startsWith(country + "-")) {
                throw new IllegalArgumentException("region " + region + " is not in country " + country);
            }
        }
    }

    static Place of(String country, int weight, String... regions) {
        return new Place(country, weight, List.of(regions));
    }
}
