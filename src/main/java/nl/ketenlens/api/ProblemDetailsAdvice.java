package nl.ketenlens.api;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import nl.ketenlens.analysis.AnalysisTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details that name what was wrong. Only the exceptions that mean "the caller
 * asked for something wrong" are 4xx; anything else — including a bare {@link IllegalArgumentException}, which
 * inside the product means a broken invariant, not a bad parameter — is a 500 whose cause is logged, so a fault
 * is never blamed on the user. Spring's own exceptions keep their status through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setType(URI.create("https://ketenlens.nl/problems/not-found"));
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    /** 403 naming the rule and the parameter that asked for more than the viewer may see. */
    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail refused(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Refused by the " + e.rule() + " rule");
        problem.setType(URI.create("https://ketenlens.nl/problems/" + e.rule()));
        problem.setProperty("rule", e.rule());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return badParameter(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setType(URI.create("https://ketenlens.nl/problems/conflict"));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badParameter(e.getName(), e.getName() + ": cannot use '" + e.getValue() + "'");
    }

    /** An analysis ran past {@code ketenlens.analysis.timeout}: the server is fine, the question was too heavy now. */
    @ExceptionHandler(AnalysisTimeoutException.class)
    ProblemDetail timedOut(AnalysisTimeoutException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(AnalysisGateFilter.RETRY_AFTER_SECONDS));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()
                + "; retry later or narrow the question (fewer companies, a smaller budget or depth)");
        problem.setTitle("Analysis timed out");
        problem.setType(URI.create("https://ketenlens.nl/problems/analysis-timeout"));
        problem.setProperty("timeoutMillis", e.limit().toMillis());
        return problem;
    }

    /** The catch-all: whatever no handler above or in Spring claims is an internal fault, logged with its cause. */
    @ExceptionHandler(Exception.class)
    ProblemDetail internal(Exception e, HttpServletResponse response) throws Exception {
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e; // access denied / not authenticated belong to the security filter chain, not to us
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof AnalysisTimeoutException timeout) {
                return timedOut(timeout, response); // wrapped, e.g. by a parallel stream or a cache
            }
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null && declared.code().is4xxClientError()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(declared.code(), e.getMessage());
            problem.setTitle(declared.code().getReasonPhrase());
            return problem;
        }
        log.error("Internal error answering a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An internal error occurred; it has been logged. This is not a problem with your request.");
        problem.setTitle("Internal server error");
        problem.setType(URI.create("https://ketenlens.nl/problems/internal"));
        return problem;
    }

    /** Over the upload limit: 413 saying which limit, instead of a bare status. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger "
                + "than this server accepts (spring.servlet.multipart.max-file-size, default 200MB); split the file "
                + "or ask the operator to raise the limit");
        problem.setTitle("Upload too large");
        problem.setType(URI.create("https://ketenlens.nl/problems/upload-too-large"));
        return handleExceptionInternal(e, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    static ProblemDetail badParameter(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request");
        problem.setType(URI.create("https://ketenlens.nl/problems/bad-parameter"));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
