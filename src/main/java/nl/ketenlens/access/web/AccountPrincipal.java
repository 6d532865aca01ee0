package nl.ketenlens.access.web;

import java.util.List;
import nl.ketenlens.access.Account;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in local account: Spring Security's user plus the company it is bound to. */
final class AccountPrincipal extends User {

    private final Account account;

    AccountPrincipal(Account account, String passwordHash) {
        super(account.name(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.account = account;
    }

    Account account() {
        return account;
    }
}
