package nl.ketenlens.access;

/**
 * A login account as stored in the graph, without its password hash.
 *
 * @param name      unique login name
 * @param role      {@link Role#ADMIN}, {@link Role#COMPANY} or {@link Role#ADVISOR} (never anonymous)
 * @param companyId the company a company user is bound to, {@code null} for other roles
 */
public record Account(String name, Role role, String companyId) {

    /** The viewer this account sees the product as. */
    public Viewer viewer() {
        return new Viewer(name, role, companyId);
    }
}
