package nl.ketenlens.analysis;

/**
 * Reach counts for a sparse network: one breadth-first search per selected company over the condensed DAG, each
 * reached component counted once for that company (and once more as a member's when it is a covenant member).
 * Same counts as {@link CollectiveReach}'s word-parallel propagation, which costs {@code O(n + m)} per 64 companies
 * whatever they reach; this costs {@code O(Σ_s reached(s))}, so it wins when each company reaches a small share of
 * the network — on the 1M-facility generated network a company reaches ~2,200 of 1.07M vertices (ADR 0021).
 * {@link #cheaper} decides from a sample of companies; the answers do not depend on the choice.
 */
final class ReachBySource {
    /** Companies whose searches are timed in steps to estimate the sparse cost. */
    static final int SAMPLE = 64;
    /**
     * A sparse step (a random read of a component and its successors) costs about this many dense steps (a
     * sequential read of one component's word); measured on the 100k and 1M networks, ADR 0021.
     */
    static final double RANDOM_ACCESS_FACTOR = 4.0;

    private ReachBySource() {
    }

    /** {counts, members} per component, as {@link CollectiveReach} computes them. */
    static int[][] count(SupplyGraph g, Condensation cond, int[] sources) {
        int[][] dag = cond.dag(g);
        Search total = Parallel.run(sources.length, () -> new Search(cond.count),
                (search, i) -> search.run(dag, cond.comp[sources[i]], true, g.member[sources[i]]), (a, b) -> {
                    for (int k = 0; k < a.cell.length; k++) {
                        a.cell[k] += (k & 3) == STAMP ? 0 : b.cell[k];
                    }
                    return a;
                });
        int[][] counts = new int[2][cond.count];
        for (int c = 0; c < cond.count; c++) {
            counts[0][c] = total.cell[4 * c + COUNT];
            counts[1][c] = total.cell[4 * c + MEMBERS];
        }
        return counts;
    }

    /**
     * True when per-company searches are estimated to cost less than word-parallel propagation: the searches of
     * {@value #SAMPLE} companies spread over the selection, scaled to all of them and weighted by
     * {@link #RANDOM_ACCESS_FACTOR}, against {@code ⌈|S| / 64⌉ · (2 · components + DAG edges)}.
     */
    static boolean cheaper(SupplyGraph g, Condensation cond, int[] sources) {
        if (sources.length == 0) {
            return false;
        }
        int[][] dag = cond.dag(g);
        Search search = new Search(cond.count);
        int sample = Math.min(SAMPLE, sources.length);
        double steps = 0;
        for (int i = 0; i < sample; i++) {
            int s = sources[(int) ((long) i * sources.length / sample)];
            search.run(dag, cond.comp[s], false, false);
            for (int k = 0; k < search.size; k++) {
                int c = search.queue[k];
                steps += 1 + dag[0][c + 1] - dag[0][c];
            }
        }
        double sparse = RANDOM_ACCESS_FACTOR * steps / sample * sources.length;
        double dense = (double) ((sources.length + 63) >>> 6) * (2.0 * cond.count + dag[1].length);
        return sparse < dense;
    }

    private static final int STAMP = 0;
    private static final int COUNT = 1;
    private static final int MEMBERS = 2;

    /**
     * One thread's search state. Per component four ints side by side — the stamp of the last search that reached
     * it (instead of clearing a visited set per company) and this thread's two counts — so a reached component costs
     * one cache line, not three.
     */
    private static final class Search {
        final int[] cell;
        final int[] queue;
        int size;
        int round;

        Search(int components) {
            cell = new int[4 * components];
            queue = new int[components];
        }

        /** Components reachable from {@code start}, itself included, into {@code queue[0..size)}; counted if asked. */
        void run(int[][] dag, int start, boolean count, boolean member) {
            round++;
            size = 0;
            int add = count ? 1 : 0;
            int addMember = count && member ? 1 : 0;
            visit(start, add, addMember);
            int[] succStart = dag[0];
            int[] succ = dag[1];
            for (int head = 0; head < size; head++) {
                int c = queue[head];
                for (int p = succStart[c]; p < succStart[c + 1]; p++) {
                    int x = succ[p];
                    if (cell[4 * x + STAMP] != round) {
                        visit(x, add, addMember);
                    }
                }
            }
        }

        private void visit(int c, int add, int addMember) {
            int at = 4 * c;
            cell[at + STAMP] = round;
            cell[at + COUNT] += add;
            cell[at + MEMBERS] += addMember;
            queue[size++] = c;
        }
    }
}
