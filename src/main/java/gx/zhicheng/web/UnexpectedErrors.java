package gx.zhicheng.web;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on a failure of the web side that nothing else answered: a problem detail with an error ID and
 * no internals (no exception class, message or stack, which can quote SQL, a URL or a person's data); the full
 * exception goes to the log under the same ID, masked by the log's converters. Runs after every other handler:
 * what Spring MVC, Spring Security or a controller's own handler answers (404, 400, 403, a @ResponseStatus)
 * keeps its answer.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse || e instanceof AccessDeniedException || e instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
            throw e; // answered by the resolver that knows it
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器内部错误，请稍后再试；如仍出现，请把错误编号 " + errorId + " 告知系统管理员。");
        problem.setTitle("Internal error");
        problem.setProperty("errorId", errorId);
        return problem;
    }
}
