package gx.zhicheng.system;

/** A cycle step that could not finish (a remote system down after retries, an unusable answer). */
public class CycleFailedException extends RuntimeException {
    public CycleFailedException(String message) {
        super(message);
    }
}
