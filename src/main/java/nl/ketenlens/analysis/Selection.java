package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The companies whose chains are analysed together (a sector, a covenant or a company list chosen by the service):
 * sorted, distinct company vertices. Every metric uses them as the sources of supply paths.
 */
public final class Selection {
    private final int[] companies;

    private Selection(int[] companies) {
        this.companies = companies;
    }

    /** Company vertices; a facility or out-of-range vertex is an {@link IllegalArgumentException} naming it. */
    public static Selection ofVertices(SupplyGraph graph, int... vertices) {
        int[] sorted = Arrays.stream(vertices).sorted().distinct().toArray();
        List<String> notCompanies = new ArrayList<>();
        for (int v : sorted) {
            graph.checkVertex(v);
            if (!graph.company[v]) {
                notCompanies.add(graph.id(v));
            }
        }
        if (!notCompanies.isEmpty()) {
            throw new IllegalArgumentException("not companies: " + notCompanies);
        }
        return new Selection(sorted);
    }

    /** Companies by id; unknown ids are an {@link IllegalArgumentException} naming them all. */
    public static Selection of(SupplyGraph graph, Collection<String> companyIds) {
        return ofVertices(graph, graph.vertices(companyIds));
    }

    public static Selection of(SupplyGraph graph, String... companyIds) {
        return of(graph, Arrays.asList(companyIds));
    }

    /** Every company in the graph. */
    public static Selection all(SupplyGraph graph) {
        return new Selection(graph.companies());
    }

    /** The covenant members in the graph. */
    public static Selection members(SupplyGraph graph) {
        return new Selection(Arrays.stream(graph.companies()).filter(v -> graph.member[v]).toArray());
    }

    /** A copy of the sorted company vertices. */
    public int[] vertices() {
        return companies.clone();
    }

    int[] raw() {
        return companies;
    }

    public int size() {
        return companies.length;
    }

    public boolean isEmpty() {
        return companies.length == 0;
    }

    public boolean contains(int vertex) {
        return Arrays.binarySearch(companies, vertex) >= 0;
    }

    /** Position of {@code vertex} in the selection, or -1. */
    public int indexOf(int vertex) {
        int i = Arrays.binarySearch(companies, vertex);
        return i >= 0 ? i : -1;
    }

    @Override
    public String toString() {
        return "Selection[" + companies.length + " companies]";
    }
}
