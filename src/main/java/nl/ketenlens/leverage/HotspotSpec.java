package nl.ketenlens.leverage;

import nl.ketenlens.api.BadRequestException;

/**
 * A hotspot as a user names it: {@code COUNTRY[:REGION]:COMMODITY:THEME}, e.g. {@code CD:CD-NK:tin_ore:conflict}
 * or {@code CI:cocoa:child_labour}.
 */
record HotspotSpec(String country, String region, String commodity, String theme) {

    static HotspotSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("hotspot", "required, as COUNTRY[:REGION]:COMMODITY:THEME");
        }
        String[] parts = text.strip().split(":");
        if (parts.length != 3 && parts.length != 4) {
            throw new BadRequestException("hotspot", "'" + text + "' is not COUNTRY[:REGION]:COMMODITY:THEME");
        }
        String country = parts[0].toUpperCase();
        if (!country.matches("[A-Z]{2}")) {
            throw new BadRequestException("hotspot", "country '" + parts[0] + "' is not an ISO alpha-2 code");
        }
        String region = parts.length == 4 ? parts[1].toUpperCase() : null;
        return new HotspotSpec(country, region, parts[parts.length - 2], parts[parts.length - 1]);
    }

    String key() {
        return country + (region == null ? "" : ":" + region) + ":" + commodity + ":" + theme;
    }

    boolean contains(String facilityCountry, String facilityRegion) {
        return country.equals(facilityCountry) && (region == null || region.equals(facilityRegion));
    }
}
