package nl.ketenlens.leverage;

import nl.ketenlens.api.BadRequestException;

/**
 * A hotspot as a user names it: {@code COUNTRY[:REGION]:COMMODITY:THEME}, e.g. {@code CD:CD-NK:tin_ore:conflict}
 * or {@code CI:cocoa:child_labour}, a country-wide indicator's {@code CH:*:ghg}, or a whole region {@code COUNTRY:REGION} (its risk-bearing facilities under
 * the question's theme and commodity filter).
 */
record HotspotSpec(String country, String region, String commodity, String theme) {

    private static final String FORMAT = "COUNTRY[:REGION]:COMMODITY:THEME or COUNTRY:REGION";

    static HotspotSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("hotspot", "required, as " + FORMAT);
        }
        String[] parts = text.strip().split(":");
        String country = parts[0].toUpperCase();
        if (!country.matches("[A-Z]{2}")) {
            throw new BadRequestException("hotspot", "country '" + parts[0] + "' is not an ISO alpha-2 code");
        }
        if (parts.length == 2 && parts[1].toUpperCase().matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
            return new HotspotSpec(country, parts[1].toUpperCase(), null, null);
        }
        if (parts.length != 3 && parts.length != 4) {
            throw new BadRequestException("hotspot", "'" + text + "' is not " + FORMAT);
        }
        String region = parts.length == 4 ? parts[1].toUpperCase() : null;
        return new HotspotSpec(country, region, parts[parts.length - 2], parts[parts.length - 1]);
    }

    /** The commodity to filter the risk profile by: none for a country-wide hotspot ({@code CH:*:ghg}). */
    String commodityFilter() {
        return "*".equals(commodity) ? null : commodity;
    }

    boolean wholeRegion() {
        return commodity == null && theme == null;
    }

    String key() {
        return country + (region == null ? "" : ":" + region) + (wholeRegion() ? "" : ":" + commodity + ":" + theme);
    }

    boolean contains(String facilityCountry, String facilityRegion) {
        return country.equals(facilityCountry) && (region == null || region.equals(facilityRegion));
    }
}
