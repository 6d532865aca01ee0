package nl.ketenlens.access.web;

import java.util.Map;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.UserAccounts;
import nl.ketenlens.access.UserService;
import org.neo4j.driver.Driver;

/** Accounts the security ITs log in with, one per role, created once in the shared store. */
final class SecurityAccounts {

    static final String PASSWORD = "sec-it-password-0123";
    static final String COMPANY_ID = "SEC-IT-C1";
    static final String ADMIN = "sec-it-admin";
    static final String COMPANY = "sec-it-company";
    static final String ADVISOR = "sec-it-advisor";

    private SecurityAccounts() {
    }

    static void ensure(Driver driver, UserService users, UserAccounts accounts) {
        driver.executableQuery("MERGE (c:Company {id: $id}) SET c.name = 'Security IT B.V.', c.sector = 'textile', "
                + "c.size = 'sme', c.kind = 'company', c.synthetic = true").withParameters(Map.of("id", COMPANY_ID)).execute();
        create(users, accounts, ADMIN, Role.ADMIN, null);
        create(users, accounts, COMPANY, Role.COMPANY, COMPANY_ID);
        create(users, accounts, ADVISOR, Role.ADVISOR, null);
    }

    static String nameOf(Role role) {
        return switch (role) {
            case ADMIN -> ADMIN;
            case COMPANY -> COMPANY;
            case ADVISOR -> ADVISOR;
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no account");
        };
    }

    private static void create(UserService users, UserAccounts accounts, String name, Role role, String company) {
        if (accounts.find(name).isEmpty()) {
            users.add("sec-it", name, role, company, PASSWORD);
        }
    }
}
