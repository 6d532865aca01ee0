package nl.ketenlens.access;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import nl.ketenlens.store.StoreInitializer;
import nl.ketenlens.store.StoreReset;
import nl.ketenlens.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * First start of a store without accounts: creates {@code admin} with a generated password and, when the
 * synthetic demo network is there, a demo company user ({@value #DEMO_COMPANY}, a jeweller) and a demo
 * advisor. Passwords are printed once on the console (standard error, not the log) and written to {@code <data-dir>/credentials.txt} (mode 600).
 * There is no default password. Runs after the store is initialised and before the web server listens.
 */
@Component
class AccountBootstrap implements InitializingBean {

    static final String FILE = StoreReset.CREDENTIALS_FILE;
    static final String ADMIN = "admin";
    static final String DEMO_COMPANY_USER = "demo-company";
    static final String DEMO_ADVISOR = "demo-advisor";
    static final String DEMO_COMPANY = "SYN-C-00014";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private static final String ACTOR = "bootstrap";

    private final UserService users;
    private final UserAccounts accounts;
    private final StoreProperties store;

    AccountBootstrap(UserService users, UserAccounts accounts, StoreProperties store, StoreInitializer initialized) {
        this.users = users;
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public void afterPropertiesSet() {
        if (users.anyAccount()) {
            return;
        }
        StringBuilder text = new StringBuilder("# Ketenlens accounts created on first start, ")
                .append(OffsetDateTime.now()).append(". Change them: PUT /api/admin/users/{name}/password\n");
        text.append(line(users.add(ACTOR, ADMIN, Role.ADMIN, null, null)));
        if (store.seedDemo() && accounts.companyExists(DEMO_COMPANY)) {
            text.append(line(users.add(ACTOR, DEMO_COMPANY_USER, Role.COMPANY, DEMO_COMPANY, null)));
            text.append(line(users.add(ACTOR, DEMO_ADVISOR, Role.ADVISOR, null, null)));
        }
        Path file = store.dataDir().resolve(FILE);
        CredentialsFile.write(file, text.toString());
        // the passwords go to the console once, not into log files; the log names the file
        System.err.println(text + "(also in " + file.toAbsolutePath().normalize() + ", readable only by you)");
        System.err.flush();
        log.warn("Created accounts on first start; their generated passwords are in {} (readable only by you)",
                file.toAbsolutePath().normalize());
    }

    private static String line(NewPassword created) {
        Account a = created.account();
        return a.name() + ":" + created.generated() + "  role=" + a.role().name().toLowerCase()
                + (a.companyId() == null ? "" : " company=" + a.companyId()) + "\n";
    }
}
