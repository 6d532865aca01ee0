package nl.ketenlens.access.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import nl.ketenlens.access.Account;
import nl.ketenlens.access.AuditEvent;
import nl.ketenlens.access.AuditLog;
import nl.ketenlens.access.CurrentViewer;
import nl.ketenlens.access.NewPassword;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.UserService;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and audit for admins ({@code /api/admin/**}), and {@code /api/me} for everyone. */
@RestController
class AccountsController {

    /** A new account; without a password one is generated and returned once. */
    record NewAccount(String name, String role, String companyId, String password) {
    }

    record PasswordChange(String password) {
    }

    private final UserService users;
    private final AuditLog audit;
    private final CurrentViewer viewer;

    AccountsController(UserService users, AuditLog audit, CurrentViewer viewer) {
        this.users = users;
        this.audit = audit;
        this.viewer = viewer;
    }

    @Operation(summary = "The logged-in viewer: name, role and (for a company user) company id")
    @GetMapping("/api/me")
    Viewer me() {
        return viewer.get();
    }

    @Operation(summary = "All accounts (admin)")
    @GetMapping("/api/admin/users")
    List<Account> list() {
        return users.list();
    }

    @Operation(summary = "Create an account (admin); a generated password is returned once")
    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    NewPassword add(@RequestBody NewAccount body) {
        return users.add(actor(), body.name(), role(body.role()), body.companyId(), body.password());
    }

    @Operation(summary = "Remove an account (admin); the last admin cannot be removed")
    @DeleteMapping("/api/admin/users/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String name) {
        users.remove(actor(), name);
    }

    @Operation(summary = "Set an account's password (admin); without one a password is generated and returned once")
    @PutMapping("/api/admin/users/{name}/password")
    NewPassword passwd(@PathVariable String name, @RequestBody(required = false) PasswordChange body) {
        return users.passwd(actor(), name, body == null ? null : body.password());
    }

    @Operation(summary = "Audit trail, newest first (admin): imports, user changes, admin reads of company chains")
    @GetMapping("/api/admin/audit")
    List<AuditEvent> audit(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new BadRequestException("limit", "between 1 and 10000");
        }
        return audit.recent(limit);
    }

    private String actor() {
        return viewer.get().name();
    }

    static Role role(String role) {
        try {
            return role == null ? null : Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("role", "one of admin, company, advisor");
        }
    }
}
