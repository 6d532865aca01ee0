package nl.ketenlens.access.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401, 403 and 429 as RFC 9457 problem details, like every other API error. A browser navigating to a
 * protected page is sent to the login page instead; browsers never get a Basic challenge (they would cache
 * the credentials and attach them to cross-site requests, defeating the CSRF protection).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_PAGE = "/login.html";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            write(response, problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", e.getMessage(), "login-throttled"));
            return;
        }
        if (isPageNavigation(request)) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        response.setHeader("WWW-Authenticate", fromBrowser(request)
                ? "FormLogin realm=\"Ketenlens\"" : "Basic realm=\"Ketenlens\"");
        write(response, problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                "log in (form login, HTTP Basic or a bearer token) to use " + request.getRequestURI(), "unauthorized"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && !loggedIn() && !"/login".equals(pathOf(request))) {
            // not logged in at all: say so (401) rather than complain about the token of a session that is not there
            commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
            return;
        }
        String detail = e instanceof CsrfException
                ? "missing or invalid CSRF token (send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN)"
                : "your role may not use " + request.getMethod() + " " + request.getRequestURI();
        write(response, problem(HttpStatus.FORBIDDEN, "Forbidden", detail, e instanceof CsrfException ? "csrf" : "forbidden"));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://ketenlens.nl/problems/" + type));
        return problem;
    }

    private static boolean isPageNavigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("X-Requested-With") != null;
    }
}
