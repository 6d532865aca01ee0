package nl.ketenlens.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.ketenlens.access.Account;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class SecurityCurrentViewerTests {

    @Test
    void localAccountBecomesItsViewer() {
        AccountPrincipal p = new AccountPrincipal(new Account("j", Role.COMPANY, "C1"), "$2a$hash");
        Viewer v = SecurityCurrentViewer.of(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
        assertThat(v).isEqualTo(new Viewer("j", Role.COMPANY, "C1"));
    }

    @Test
    void nobodyAndAnonymousAreAnonymous() {
        assertThat(SecurityCurrentViewer.of(null).role()).isEqualTo(Role.ANONYMOUS);
        assertThat(SecurityCurrentViewer.of(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))).role()).isEqualTo(Role.ANONYMOUS);
    }

    @Test
    void jwtClaimsGiveRoleAndCompanyAndAnIncompleteTokenGivesNothing() {
        Jwt company = jwt(JwtRoles.ROLE_CLAIM, "company", JwtRoles.COMPANY_CLAIM, "C9");
        Viewer v = SecurityCurrentViewer.of(new JwtAuthenticationToken(company, new JwtRoles().convert(company)));
        assertThat(v).isEqualTo(new Viewer("sub-1", Role.COMPANY, "C9"));

        Jwt noCompany = jwt(JwtRoles.ROLE_CLAIM, "company", "other", "x");
        assertThat(new JwtRoles().convert(noCompany)).isEmpty();
        assertThat(SecurityCurrentViewer.of(new JwtAuthenticationToken(noCompany, List.of())).role())
                .isEqualTo(Role.ANONYMOUS);
        Jwt advisorWithCompany = jwt(JwtRoles.ROLE_CLAIM, "advisor", JwtRoles.COMPANY_CLAIM, "C9");
        assertThat(new JwtRoles().convert(advisorWithCompany)).isEmpty();
        assertThat(new JwtRoles().convert(jwt(JwtRoles.ROLE_CLAIM, "anonymous", "x", "y"))).isEmpty();
    }

    private static Jwt jwt(String k1, String v1, String k2, String v2) {
        return Jwt.withTokenValue("t").header("alg", "none").subject("sub-1").claim(k1, v1).claim(k2, v2)
                .issuedAt(Instant.now()).build();
    }
}
