package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The supply cycles of a graph for callers outside {@code analysis} (the importer's cycle warning), via {@link Condensation}. */
public final class StrongComponents {
    private StrongComponents() {
    }

    /** Strongly connected components of two or more vertices, each as vertex indexes in ascending order. */
    public static List<int[]> nontrivial(SupplyGraph g) {
        Condensation c = Condensation.of(g, new boolean[g.vertexCount()]);
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < c.count; k++) {
            if (c.compStart[k + 1] - c.compStart[k] > 1) {
                int[] members = Arrays.copyOfRange(c.compVertex, c.compStart[k], c.compStart[k + 1]);
                Arrays.sort(members);
                out.add(members);
            }
        }
        return out;
    }
}
