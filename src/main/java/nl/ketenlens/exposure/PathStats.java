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
    boolean record(int v, double product, boolean known) {
        if (count[v] >= cap) {
            capped[v] = true;
            truncated = true;
            return false;
        }
        count[v]++;
        if (known) {
            shareSum[v] += product;
            anyShare[v] = true;
        }
        return true;
    }

    /** Summed share, at most 1, or null when no enumerated path has a known share. */
    Double totalShare(int v) {
        return anyShare[v] ? Math.min(1.0, shareSum[v]) : null;
    }
}
