package nl.ketenlens.access;

/** Who a user is to Ketenlens; every REST route and analysis result is filtered by it. */
public enum Role {
    /** The operator (e.g. a covenant secretariat as trusted third party): sees everything. */
    ADMIN,
    /** A user bound to one company: its own chain in full, the rest as aggregates of at least k companies. */
    COMPANY,
    /** IMVO-steunpunt advisor or working-group chair: sector views as aggregates only. */
    ADVISOR,
    /** Not logged in: reference data only. */
    ANONYMOUS
}
