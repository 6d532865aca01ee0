package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.List;

/** Chokepoints per hotspot, in the risk profile's hotspot order (see {@link Chokepoints}). */
public record ChokepointResult(List<HotspotChokepoints> hotspots) {
    public ChokepointResult {
        hotspots = List.copyOf(hotspots);
    }

    /** Keys of the hotspots that {@code vertex} is a chokepoint of. */
    public List<String> hotspotsDominatedBy(int vertex) {
        List<String> out = new ArrayList<>();
        for (HotspotChokepoints h : hotspots) {
            if (h.chokepoints().stream().anyMatch(c -> c.vertex() == vertex)) {
                out.add(h.hotspotKey());
            }
        }
        return List.copyOf(out);
    }

    public boolean isChokepoint(int vertex) {
        return !hotspotsDominatedBy(vertex).isEmpty();
    }

    /** The entry for one hotspot; unknown keys are an {@link IllegalArgumentException} naming the key. */
    public HotspotChokepoints hotspot(String key) {
        return hotspots.stream().filter(h -> h.hotspotKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown hotspot: " + key));
    }
}
