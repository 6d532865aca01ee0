package nl.ketenlens.access;

import java.util.List;
import java.util.regex.Pattern;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Account management for the admin REST endpoints, the {@code users} CLI command and the first-start bootstrap.
 * Every change is audited; passwords are bcrypt-hashed and a generated password is returned exactly once.
 */
@Service
public class UserService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final UserAccounts accounts;
    private final AuditLog audit;

    public UserService(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Creates an account.
     *
     * @param password the chosen password, or {@code null} to generate one (returned in the result)
     * @throws BadRequestException for a bad name, role, company or a short password, or a name already taken
     */
    public NewPassword add(String actor, String name, Role role, String companyId, String password) {
        Account account = validated(name, role, companyId);
        String effective = chosenOrGenerated(password);
        if (!accounts.create(account, Passwords.encoder().encode(effective))) {
            throw new BadRequestException("name", "account '" + name + "' exists already");
        }
        audit.record(actor, "user.add", name + " role=" + role.name().toLowerCase() + companySuffix(companyId));
        return new NewPassword(account, password == null ? effective : null);
    }

    public List<Account> list() {
        return accounts.list();
    }

    public void remove(String actor, String name) {
        Account account = require(name);
        if (account.role() == Role.ADMIN && accounts.list().stream().filter(a -> a.role() == Role.ADMIN).count() == 1) {
            throw new BadRequestException("name", "'" + name + "' is the last admin account");
        }
        accounts.delete(name);
        audit.record(actor, "user.remove", name);
    }

    /** Sets a new password ({@code null}: generated and returned in the result). */
    public NewPassword passwd(String actor, String name, String password) {
        Account account = require(name);
        String effective = chosenOrGenerated(password);
        accounts.setPasswordHash(name, Passwords.encoder().encode(effective));
        audit.record(actor, "user.passwd", name);
        return new NewPassword(account, password == null ? effective : null);
    }

    /** What {@code name} sees; for the CLI's {@code --as USER}. */
    public Viewer viewerOf(String name) {
        return require(name).viewer();
    }

    public boolean anyAccount() {
        return accounts.count() > 0;
    }

    private Account require(String name) {
        return accounts.find(name).map(UserAccounts.StoredAccount::account)
                .orElseThrow(() -> new NotFoundException("user", name));
    }

    private Account validated(String name, Role role, String companyId) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadRequestException("name", "letters, digits and . _ @ - only, at most 64 characters");
        }
        if (role == null || role == Role.ANONYMOUS) {
            throw new BadRequestException("role", "one of admin, company, advisor");
        }
        if ((role == Role.COMPANY) != (companyId != null)) {
            throw new BadRequestException("company", "a company user needs a company id, and only a company user has one");
        }
        if (companyId != null && !accounts.companyExists(companyId)) {
            throw new NotFoundException("company", companyId);
        }
        return new Account(name, role, companyId);
    }

    private static String chosenOrGenerated(String password) {
        if (password == null) {
            return Passwords.generate();
        }
        try {
            Passwords.requireAcceptable(password);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("password", e.getMessage().substring("password: ".length()));
        }
        return password;
    }

    private static String companySuffix(String companyId) {
        return companyId == null ? "" : " company=" + companyId;
    }
}
