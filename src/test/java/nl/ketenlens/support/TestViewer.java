package nl.ketenlens.support;

import nl.ketenlens.access.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import nl.ketenlens.access.CurrentViewer;
import nl.ketenlens.access.Viewer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;

/**
 * The viewer of every request in an integration test: the one a test {@link #set sets}, otherwise whatever the
 * application's own {@link CurrentViewer} says (so tests that do not set one see the application unchanged).
 */
@Primary
public class TestViewer implements CurrentViewer {

    private final ApplicationContext context;
    private volatile Viewer viewer;

    TestViewer(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Requests of this test are made as {@code asked}: the route rules see an authenticated user of its role (or
     * none for an anonymous viewer), the services see exactly this viewer.
     */
    public void set(Viewer asked) {
        this.viewer = asked;
        if (asked.role() == Role.ANONYMOUS) {
            TestSecurityContextHolder.clearContext();
        } else {
            TestSecurityContextHolder.setAuthentication(
                    new TestingAuthenticationToken(asked.name(), null, "ROLE_" + asked.role().name()));
        }
    }

    public void reset() {
        this.viewer = null;
        TestSecurityContextHolder.clearContext();
    }

    @Override
    public Viewer get() {
        Viewer v = viewer;
        if (v != null) {
            return v;
        }
        return context.getBeansOfType(CurrentViewer.class).values().stream().filter(b -> b != this).findFirst()
                .orElseThrow(() -> new IllegalStateException("no application CurrentViewer")).get();
    }
}
