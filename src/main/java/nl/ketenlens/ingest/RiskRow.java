package nl.ketenlens.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A risk indicator from a {@code risks} file. Package-private until the shared
 * {@code nl.ketenlens.graph.IndicatorRow} lands on main.
 *
 * @param commodity null = all commodities in the country
 */
record RiskRow(String country, String region, String commodity, String theme, int scale, int scope,
               int irremediability, double likelihood, String sourcePublisher, String sourceTitle,
               String sourceEdition, int sourceYear, String sourceUrl) {

    /** Deterministic, so re-importing the same source updates instead of duplicating. */
    String sourceId() {
        return "src-" + slug(sourcePublisher) + "-" + sourceYear + "-"
                + hash(sourceTitle + "|" + (sourceEdition == null ? "" : sourceEdition));
    }

    /**
     * One indicator per source, theme, place and commodity, in the shared convention
     * {@code sourceId:theme:area:commodity} (area = region if given, else country; {@code *} = all commodities).
     */
    String id() {
        return sourceId() + ":" + theme + ":" + (region != null ? region : country) + ":"
                + (commodity != null ? commodity : "*");
    }

    private static String slug(String s) {
        String slug = ReferenceTables.nameKey(s).replace(' ', '-');
        return slug.length() > 24 ? slug.substring(0, 24) : slug;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
