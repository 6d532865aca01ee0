package nl.ketenlens.analysis;

/** What a vertex of a {@link SupplyGraph} stands for. */
public enum VertexKind {
    /** A Dutch company or financial institution: a buyer (or financier) at the top of chains. */
    COMPANY,
    /** A production location or trader at any tier. */
    FACILITY
}
