package nl.ketenlens.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 10 item 11. */
class SecurityHeadersFilterTests {

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    @Test
    void uiForbidsInlineScriptAndFraming() throws Exception {
        MockHttpServletResponse r = get("/index.html");
        assertThat(r.getHeader("Content-Security-Policy")).contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void apiAnswersCarryTheHeadersToo() throws Exception {
        assertThat(get("/api/leverage").getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
