package gx.zhicheng.ops;

import gx.zhicheng.review.FindingDecisions;
import gx.zhicheng.review.NoSuchDeclaration;
import gx.zhicheng.sync.SyncLauncher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The operator API's own failures as RFC 9457 problem details, with a Chinese detail the console shows
 * as it is. Spring's ResponseStatusException (404, 400, 409 of the controllers) renders the same way.
 */
@RestControllerAdvice(basePackageClasses = OpsProblems.class)
class OpsProblems {

    @ExceptionHandler(SyncLauncher.AlreadyRunning.class)
    ProblemDetail alreadyRunning(SyncLauncher.AlreadyRunning running) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "已有同步在运行（第 " + running.runId() + " 次），请等它结束后再开始。");
        problem.setTitle("Sync already running");
        problem.setProperty("runId", running.runId());
        return problem;
    }

    @ExceptionHandler(NoSuchDeclaration.class)
    ProblemDetail noSuchDeclaration(NoSuchDeclaration unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "没有找到申报 " + unknown.declarationId());
        problem.setTitle("Unknown declaration");
        problem.setProperty("declarationId", unknown.declarationId());
        return problem;
    }

    @ExceptionHandler(FindingDecisions.FindingNotOpen.class)
    ProblemDetail findingNotOpen(FindingDecisions.FindingNotOpen notOpen) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, notOpen.getMessage());
        problem.setTitle("No such open finding");
        return problem;
    }

    @ExceptionHandler(FindingDecisions.DecisionNotAllowed.class)
    ProblemDetail decisionNotAllowed(FindingDecisions.DecisionNotAllowed notAllowed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, notAllowed.getMessage());
        problem.setTitle("Decision not allowed on this finding");
        return problem;
    }
}
