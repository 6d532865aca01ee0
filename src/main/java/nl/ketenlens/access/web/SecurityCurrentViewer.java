package nl.ketenlens.access.web;

import nl.ketenlens.access.CurrentViewer;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The viewer of the current request from Spring Security's context: a local account (form login or Basic),
 * an OIDC token ({@link JwtRoles}), or anonymous. An authenticated principal without a Ketenlens role is
 * treated as anonymous, never as more.
 */
@Component
public class SecurityCurrentViewer implements CurrentViewer {

    @Override
    public Viewer get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Viewer.anonymous();
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.account().viewer();
        }
        Role role = role(authentication);
        if (role == null) {
            return Viewer.anonymous();
        }
        String company = null;
        if (role == Role.COMPANY) {
            company = authentication instanceof JwtAuthenticationToken jwt
                    ? jwt.getToken().getClaimAsString(JwtRoles.COMPANY_CLAIM) : null;
            if (company == null) {
                return Viewer.anonymous();
            }
        }
        return new Viewer(authentication.getName(), role, company);
    }

    private static Role role(Authentication authentication) {
        for (Role candidate : new Role[] {Role.ADMIN, Role.COMPANY, Role.ADVISOR}) {
            for (GrantedAuthority a : authentication.getAuthorities()) {
                if (("ROLE_" + candidate.name()).equals(a.getAuthority())) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
