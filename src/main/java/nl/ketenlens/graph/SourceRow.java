package nl.ketenlens.graph;

/**
 * Provenance of data in the graph (a {@code :Source} node): every RiskIndicator points to one.
 *
 * @param id      short stable key, e.g. {@code ilab2022}
 * @param edition edition or release as the publisher names it
 * @param year    publication year, or null when the source does not state one
 * @param licence licence or reuse terms as stated by the publisher
 * @param url     where the source can be found, or null
 */
public record SourceRow(String id, String publisher, String title, String edition, Integer year,
                        String licence, String url) {
    public SourceRow {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("source id must not be blank");
        }
    }
}
