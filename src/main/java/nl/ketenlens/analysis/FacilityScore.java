package nl.ketenlens.analysis;

/** A facility's score in a ranking: raw value and its normalized share (see the producing metric's javadoc). */
public record FacilityScore(int vertex, String facilityId, double score, double normalized) {
}
