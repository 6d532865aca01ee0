package nl.ketenlens.risk;

/** Where a risk figure comes from: shown with every risk. */
public record SourceView(String id, String publisher, String title, String edition, Integer year,
                         String licence, String url) {
}
