package nl.ketenlens.exposure;

/** Result of {@link Traversal#enumerate(Reach, int)}: per facility, enumerated paths and their summed shares. */
final class PathStats {

    final int[] count;
    final double[] shareSum;
    final boolean[] anyShare;
    final boolean[] capped;
    private final int cap;
    boolean truncated;

    PathStats(int n, int cap) {
        this.count = new int[n];
        this.shareSum = new double[n];
        this.anyShare = new boolean[n];
        this.capped = new boolean[n];
        this.cap = cap;
    }

    /** Records one more path to {@code v}; false (and marks the cap) when {@code v} has had {@code cap} already. */
    boolean record(int v, double product) {
        if (count[v] >= cap) {
            capped[v] = true;
            truncated = true;
            return false;
        }
        count[v]++;
        if (product >= 0) {
            shareSum[v] += product;
            anyShare[v] = true;
        }
        return true;
    }

    /** Summed share of the paths whose every share is known, at most 1; null when there is none. */
    Double totalShare(int v) {
        return anyShare[v] ? Math.min(1.0, shareSum[v]) : null;
    }
}
