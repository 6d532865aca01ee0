package nl.ketenlens.access;

import java.util.Objects;

/**
 * The person a result is prepared for. Services take a viewer and return only what it may see; the CLI runs
 * as {@link #admin()} unless {@code --as USER} asks for another view.
 *
 * @param name      the account name ({@code "cli"} for the store owner's command line)
 * @param role      what the viewer may see
 * @param companyId the company a {@link Role#COMPANY} user is bound to, {@code null} for every other role
 */
public record Viewer(String name, Role role, String companyId) {

    public Viewer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if ((role == Role.COMPANY) != (companyId != null)) {
            throw new IllegalArgumentException("a company user needs a company id, and only a company user has one");
        }
    }

    public static Viewer admin() {
        return new Viewer("cli", Role.ADMIN, null);
    }

    public static Viewer anonymous() {
        return new Viewer("anonymous", Role.ANONYMOUS, null);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this viewer may see the supplier links of {@code company} (admin, or the company itself). */
    public boolean mayReadChainOf(String company) {
        return isAdmin() || (role == Role.COMPANY && companyId.equals(company));
    }
}
