package nl.ketenlens.risk;

/** Where a risk figure comes from: shown with every risk. */
public record SourceView(String id, String publisher, String title, String edition, Integer year,
                         String licence, String url) {

    /**
     * The source in a few words, for a reason sentence: the name its title begins with when that name carries the
     * edition's year — {@code EDGAR 2024 (JRC)} from "EDGAR 2024 (JRC): GHG emissions of all world countries …",
     * the name coverage shows first, so both views call the source the same — else the acronym in the publisher's
     * name (or the publisher) and the year: {@code ILAB 2022}, {@code ILO 2024}.
     */
    public String shortLabel() {
        String named = titleName();
        if (named != null) {
            return named;
        }
        String who = publisher == null ? id : publisher;
        int open = who == null ? -1 : who.lastIndexOf('(');
        int close = who == null ? -1 : who.lastIndexOf(')');
        String name = open >= 0 && close > open + 1 ? who.substring(open + 1, close) : who;
        return year == null ? String.valueOf(name) : name + " " + year;
    }

    /** The part of the title before its first ": " when it names the year of this edition; otherwise null. */
    private String titleName() {
        int colon = title == null ? -1 : title.indexOf(": ");
        if (colon <= 0 || year == null) {
            return null;
        }
        String lead = title.substring(0, colon).strip();
        return lead.matches(".*\\b" + year + "\\b.*") ? lead : null;
    }
}
