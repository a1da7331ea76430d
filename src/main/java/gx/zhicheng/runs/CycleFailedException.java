package gx.zhicheng.runs;

/**
 * A cycle step that could not finish (a remote system down after retries, an unusable answer, a walk that does not
 * end). Its message is written for the operator and names no personal data: the run's message keeps it (masked),
 * where another exception leaves only its class ({@link RunFailure}).
 */
public class CycleFailedException extends RuntimeException {
    public CycleFailedException(String message) {
        super(message);
    }
}
