package nl.ketenlens.access.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Roles for tokens of an external OpenID Connect provider: claim {@value #ROLE_CLAIM} ({@code admin},
 * {@code company}, {@code advisor}) and, for a company user, claim {@value #COMPANY_CLAIM}. A token without a
 * usable role (or a company role without a company) gets no role and is refused by every protected route.
 */
public final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLE_CLAIM = "ketenlens_role";
    public static final String COMPANY_CLAIM = "ketenlens_company";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        String role = jwt.getClaimAsString(ROLE_CLAIM);
        if (role == null) {
            return List.of();
        }
        String normalized = role.strip().toUpperCase(Locale.ROOT);
        boolean known = List.of("ADMIN", "COMPANY", "ADVISOR").contains(normalized);
        boolean hasCompany = jwt.getClaimAsString(COMPANY_CLAIM) != null;
        if (!known || (normalized.equals("COMPANY") != hasCompany)) {
            return List.of();
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + normalized));
    }
}
