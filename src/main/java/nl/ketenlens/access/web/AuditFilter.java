package nl.ketenlens.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ketenlens.access.AuditLog;
import nl.ketenlens.access.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits, after authorization and after the request ran: every import ({@code POST /api/imports/**}, with its
 * status, also when refused by validation) and every successful admin read of a company's chain
 * ({@code GET /api/companies/{id}/**}). User changes are audited by {@link nl.ketenlens.access.UserService}.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final String IMPORTS = "/api/imports/";
    private static final String COMPANIES = "/api/companies/";

    private final AuditLog audit;

    AuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        Viewer viewer = new SecurityCurrentViewer().get();
        if ("POST".equals(request.getMethod()) && path.startsWith(IMPORTS)) {
            write(viewer, "import", "POST " + path + query + " status=" + response.getStatus());
        } else if ("GET".equals(request.getMethod()) && path.startsWith(COMPANIES) && viewer.isAdmin()
                && response.getStatus() < 300) {
            write(viewer, "company.read", "GET " + path + query);
        }
    }

    private void write(Viewer viewer, String action, String detail) {
        try {
            audit.record(viewer.name(), action, detail);
        } catch (RuntimeException e) {
            log.error("audit event not written: {} {} {}", viewer.name(), action, detail, e);
        }
    }
}
