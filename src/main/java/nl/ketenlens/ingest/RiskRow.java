package nl.ketenlens.ingest;

import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.SourceRow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One row of a {@code risks} file: an indicator and the source it cites, which become the shared
 * {@link IndicatorRow} and {@link SourceRow}.
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

    /** Recorded as the indicator's {@code basis}: the figures are the user's, not derived by a rule. */
    static final String BASIS = "Imported from a risks file: scale, scope, irremediability and likelihood as given there.";

    IndicatorRow indicator() {
        return new IndicatorRow(id(), theme, country, region, commodity, scale, scope, irremediability, likelihood,
                BASIS, sourceId());
    }

    SourceRow source() {
        return new SourceRow(sourceId(), sourcePublisher, sourceTitle, sourceEdition, sourceYear, null, sourceUrl);
    }

    /**
     * One indicator per source, theme, place and commodity, in the shared convention
     * {@code sourceId:theme:area:commodity} (area = region if given, else country; {@code *} = all commodities).
     */
    String id() {
        return IndicatorRow.id(sourceId(), theme, country, region, commodity);
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
