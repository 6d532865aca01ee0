package nl.ketenlens.synthetic;

/** Synthetic ids: {@code SYN-C-00001}, {@code SYN-FI-001}, {@code SYN-F-000001}, {@code CID900001}. */
final class Ids {
    /** Synthetic CIDs start here, far above the real RMI range, so they never name a real smelter. */
    static final int CID_BASE = 900_000;

    private Ids() {
    }

    static String company(int index) {
        return pad("SYN-C-", index + 1, 5);
    }

    static String institution(int index) {
        return pad("SYN-FI-", index + 1, 3);
    }

    static String facility(int global) {
        return pad("SYN-F-", global + 1, 6);
    }

    static String cid(int ordinal) {
        return pad("CID", CID_BASE + ordinal + 1, 6);
    }

    /** Zero-padded to at least {@code width} digits (wider numbers are kept whole). */
    static String pad(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder sb = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
