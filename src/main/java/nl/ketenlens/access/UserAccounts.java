package nl.ketenlens.access;

import nl.ketenlens.graph.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Component;

/**
 * {@code (:User {name, passwordHash, role, companyId})} in the graph (unique name, see
 * {@code graph-schema/V0003__users_and_audit.cypher}). The only class that writes Cypher about users.
 */
@Component
public class UserAccounts {

    public static final String USER = Schema.Label.USER;
    public static final String NAME = "name";
    public static final String PASSWORD_HASH = "passwordHash";
    public static final String ROLE = "role";
    public static final String COMPANY_ID = "companyId";
    static final String COMPANY = Schema.Label.COMPANY;

    private static final String RETURN_ACCOUNT =
            " RETURN u.name AS name, u.role AS role, u.companyId AS companyId, u.passwordHash AS hash";

    private final Driver driver;

    public UserAccounts(Driver driver) {
        this.driver = driver;
    }

    /** An account and its bcrypt hash. */
    public record StoredAccount(Account account, String passwordHash) {
    }

    public Optional<StoredAccount> find(String name) {
        return driver.executableQuery("MATCH (u:" + USER + " {name: $name})" + RETURN_ACCOUNT)
                .withParameters(Map.of("name", name)).execute().records().stream().findFirst().map(UserAccounts::stored);
    }

    public List<Account> list() {
        return driver.executableQuery("MATCH (u:" + USER + ")" + RETURN_ACCOUNT + " ORDER BY u.name")
                .execute().records().stream().map(r -> stored(r).account()).toList();
    }

    public long count() {
        return driver.executableQuery("MATCH (u:" + USER + ") RETURN count(u) AS n")
                .execute().records().get(0).get("n").asLong();
    }

    /** Creates the account; false when the name is taken (unique constraint). */
    public boolean create(Account account, String passwordHash) {
        try {
            driver.executableQuery("CREATE (u:" + USER + " {name: $name, passwordHash: $hash, role: $role, "
                            + "companyId: $company, createdAt: datetime()})")
                    .withParameters(params(account, passwordHash)).execute();
            return true;
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                return false;
            }
            throw e;
        }
    }

    public boolean delete(String name) {
        return driver.executableQuery("MATCH (u:" + USER + " {name: $name}) DELETE u RETURN count(*) AS n")
                .withParameters(Map.of("name", name)).execute().records().stream().findFirst()
                .map(r -> r.get("n").asLong() > 0).orElse(false);
    }

    public boolean setPasswordHash(String name, String passwordHash) {
        return !driver.executableQuery("MATCH (u:" + USER + " {name: $name}) SET u.passwordHash = $hash RETURN u.name")
                .withParameters(Map.of("name", name, "hash", passwordHash)).execute().records().isEmpty();
    }

    public boolean companyExists(String companyId) {
        return driver.executableQuery("MATCH (c:" + COMPANY + " {id: $id}) RETURN count(c) AS n")
                .withParameters(Map.of("id", companyId)).execute().records().get(0).get("n").asLong() > 0;
    }

    private static Map<String, Object> params(Account account, String hash) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("name", account.name());
        p.put("hash", hash);
        p.put("role", account.role().name().toLowerCase(java.util.Locale.ROOT));
        p.put("company", account.companyId());
        return p;
    }

    private static StoredAccount stored(Record r) {
        Role role = Role.valueOf(r.get("role").asString().toUpperCase(java.util.Locale.ROOT));
        String company = r.get("companyId").isNull() ? null : r.get("companyId").asString();
        return new StoredAccount(new Account(r.get("name").asString(), role, company), r.get("hash").asString(null));
    }
}
