package gx.zhicheng.runs;

/** A cycle step that could not finish (a remote system down after retries, an unusable answer). */
class CycleFailedException extends RuntimeException {
    public CycleFailedException(String message) {
        super(message);
    }
}
