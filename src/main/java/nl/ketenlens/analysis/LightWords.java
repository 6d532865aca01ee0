package nl.ketenlens.analysis;

import java.util.Arrays;

/**
 * The light (non-dense) part of {@link PairCounter}: an inverted index over 64-column words instead of single
 * columns. Light columns are renumbered in the lexicographic order of their postings (the ascending rows holding
 * them; {@link Postings#lexOrder}), so columns held by the same or nearly the same rows share a word; each row
 * keeps its non-zero words with their bits, each word the rows holding it. Counting row {@code a} adds
 * {@code popcount(a_w & b_w)} for every later row {@code b} in the posting of each of {@code a}'s words: one step
 * per shared word instead of one per shared column. On the 100k network (6.7k rows, 100k columns, 9 M entries) the
 * all-pairs index work drops from 2.4·10⁹ column steps to 4.2·10⁸ word steps with the greedy packing of
 * {@link #pack} (5.1·10⁸ with plain 64-column words in that order, 7.8·10⁸ in target order; ADR 0020). Columns in
 * the same posting are interchangeable, so any order gives the same counts; this one only makes them cheaper.
 * Built over the cores by row ranges and word ranges (ADR 0020, session 4).
 */
final class LightWords {
    private final int[] rowStart;   // row -> first entry in rowWord/rowBits/rowAt
    private final int[] rowWord;    // entry -> word
    private final long[] rowBits;   // entry -> the row's bits in that word
    private final int[] rowAt;      // entry -> its own position in the word's posting (flat index)
    private final int[] postEnd;    // word -> end of its posting in postRow/postBits (flat, exclusive)
    private final int[] postRow;    // flat postings: ascending rows per word
    private final long[] postBits;

    /**
     * @param post   per column its ascending rows
     * @param pack   the light columns and the word and bit each goes to (any packing gives the same counts)
     * @param weight per row a work estimate (its list length), to give the parallel parts equal shares
     */
    LightWords(int rows, int[][] post, Packing pack, int[] weight) {
        long total = 0;
        for (int w : weight) {
            total += w;
        }
        int parts = Postings.parts(total);
        int[] rowCut = cuts(weight, parts);
        // pass 1: words per row (columns visited in the new order, so a row's words come ascending); each part owns
        // a range of rows and reads its segment of every posting, so parts never write the same row
        int[] lastWord = new int[rows];
        Arrays.fill(lastWord, -1);
        this.rowStart = new int[rows + 1];
        Parallel.run(parts, () -> lastWord, (x, part) -> wordsPerRow(post, pack, rowCut[part], rowCut[part + 1],
                lastWord), (x, y) -> x);
        for (int a = 0; a < rows; a++) {
            rowStart[a + 1] += rowStart[a];
        }
        int entries = rowStart[rows];
        this.rowWord = new int[entries];
        this.rowBits = new long[entries];
        this.rowAt = new int[entries];
        int[] fill = Arrays.copyOf(rowStart, rows);
        Arrays.fill(lastWord, -1);
        int wordCount = pack.words;
        int[] postCount = Parallel.run(parts, () -> new int[wordCount], (count, part) -> bitsPerRow(post, pack,
                rowCut[part], rowCut[part + 1], lastWord, fill, count), LightWords::sum);
        // word postings, rows ascending; each part owns a range of words
        this.postEnd = new int[wordCount];
        int[] postFill = new int[wordCount];
        for (int w = 0, sum = 0; w < wordCount; w++) {
            postFill[w] = sum;
            sum += postCount[w];
            postEnd[w] = sum;
        }
        this.postRow = new int[entries];
        this.postBits = new long[entries];
        int[] wordCut = cuts(postCount, parts);
        Parallel.run(parts, () -> postFill, (x, part) -> postings(rows, wordCut[part], wordCut[part + 1], postFill),
                (x, y) -> x);
    }

    private void wordsPerRow(int[][] post, Packing pack, int lo, int hi, int[] lastWord) {
        int[] order = pack.columns;
        for (int i = 0; i < order.length; i++) {
            int[] p = post[order[i]];
            for (int j = Postings.lowerBound(p, lo); j < p.length && p[j] < hi; j++) {
                int a = p[j];
                if (lastWord[a] != pack.word[i]) {
                    lastWord[a] = pack.word[i];
                    rowStart[a + 1]++;
                }
            }
        }
    }

    private void bitsPerRow(int[][] post, Packing pack, int lo, int hi, int[] lastWord, int[] fill, int[] postCount) {
        int[] order = pack.columns;
        for (int i = 0; i < order.length; i++) {
            int w = pack.word[i];
            int[] p = post[order[i]];
            for (int j = Postings.lowerBound(p, lo); j < p.length && p[j] < hi; j++) {
                int a = p[j];
                if (lastWord[a] != w) {
                    lastWord[a] = w;
                    rowWord[fill[a]++] = w;
                    postCount[w]++;
                }
                rowBits[fill[a] - 1] |= 1L << pack.bit[i];
            }
        }
    }

    private void postings(int rows, int lo, int hi, int[] postFill) {
        for (int a = 0; a < rows; a++) {
            int e = lowerWord(rowStart[a], rowStart[a + 1], lo);
            for (; e < rowStart[a + 1] && rowWord[e] < hi; e++) {
                int q = postFill[rowWord[e]]++;
                postRow[q] = a;
                postBits[q] = rowBits[e];
                rowAt[e] = q;
            }
        }
    }

    /** First entry in {@code [from, to)} (words ascending) whose word is ≥ {@code word}. */
    private int lowerWord(int from, int to, int word) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowWord[mid] < word) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Bounds {@code 0 = c_0 ≤ … ≤ c_parts = n} giving each part about the same total weight. */
    static int[] cuts(int[] weight, int parts) {
        long total = 0;
        for (int w : weight) {
            total += w;
        }
        int[] cut = new int[parts + 1];
        Arrays.fill(cut, 1, parts + 1, weight.length);
        long sum = 0;
        int p = 1;
        for (int i = 0; i < weight.length && p < parts; i++) {
            sum += weight[i];
            while (p < parts && sum * parts >= total * p) {
                cut[p++] = i + 1;
            }
        }
        return cut;
    }

    private static int[] sum(int[] x, int[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] += y[i];
        }
        return x;
    }

    /** Adds {@code |light(a) ∩ light(b)|} to {@code counts[b]} for every {@code b ∈ (a, lim]}. */
    void count(int a, int lim, int[] counts) {
        for (int e = rowStart[a]; e < rowStart[a + 1]; e++) {
            long bits = rowBits[e];
            int end = postEnd[rowWord[e]];
            for (int q = rowAt[e] + 1; q < end && postRow[q] <= lim; q++) {
                counts[postRow[q]] += Long.bitCount(bits & postBits[q]);
            }
        }
    }

    /**
     * Packs the columns of {@code order} into words, in that order: a column joins the open word when that costs no
     * more index steps than a word of its own ({@code |U ∪ P|² − |U|² ≤ |P|²} for the word's rows {@code U} and the
     * column's rows {@code P}, so a column whose rows are already there is free) and the word has a free bit; else it
     * opens a new word. The steps all pairs would cost, {@code Σ_w |U_w|·(|U_w| − 1)/2}, come with it.
     * {@code O(entries)}. With {@code parts > 1} the order is cut into that many slices of about equal entries, each
     * packed on its own (a word never spans a cut: at most {@code parts − 1} more words; any packing gives the same
     * counts) and the word numbers shifted into one range.
     */
    static Packing pack(int[] order, int[][] post, int rows, int parts) {
        int[] length = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            length[i] = post[order[i]].length;
        }
        int[] cut = cuts(length, parts);
        Packing[] slices = Parallel.run(parts, () -> new Packing[parts], (out, part) -> out[part] =
                packSlice(Arrays.copyOfRange(order, cut[part], cut[part + 1]), post, new int[rows]), LightWords::both);
        int[] word = new int[order.length];
        byte[] bit = new byte[order.length];
        int words = 0;
        double steps = 0;
        for (int part = 0; part < parts; part++) {
            Packing slice = slices[part];
            for (int i = 0; i < slice.columns.length; i++) {
                word[cut[part] + i] = words + slice.word[i];
                bit[cut[part] + i] = slice.bit[i];
            }
            words += slice.words;
            steps += slice.steps;
        }
        return new Packing(order, word, bit, words, steps);
    }

    private static Packing[] both(Packing[] x, Packing[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] != null ? x[i] : y[i];
        }
        return x;
    }

    /** The greedy packing of one slice; {@code stamp}: a row-sized scratch array. */
    private static Packing packSlice(int[] columns, int[][] post, int[] stamp) {
        Arrays.fill(stamp, -1);
        int[] word = new int[columns.length];
        byte[] bit = new byte[columns.length];
        double steps = 0;
        int w = -1;
        int inWord = 64;
        long union = 0;
        for (int i = 0; i < columns.length; i++) {
            int[] p = post[columns[i]];
            int fresh = 0;
            for (int a : p) {
                if (stamp[a] != w) {
                    fresh++;
                }
            }
            long grown = union + fresh;
            if (inWord == 64 || grown * grown - union * union > (long) p.length * p.length) {
                steps += (double) union * (union - 1) / 2;
                w++;
                inWord = 0;
                union = 0;
                fresh = p.length;
            }
            for (int a : p) {
                stamp[a] = w;
            }
            union += fresh;
            word[i] = w;
            bit[i] = (byte) inWord++;
        }
        steps += (double) union * (union - 1) / 2;
        return new Packing(columns, word, bit, w + 1, steps);
    }

    /** Light columns in packing order, the word and bit of each, the word count and the all-pairs index steps. */
    record Packing(int[] columns, int[] word, byte[] bit, int words, double steps) {
    }
}
