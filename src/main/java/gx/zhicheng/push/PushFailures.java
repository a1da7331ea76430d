package gx.zhicheng.push;

/** The contract's split of HTTP failures: 4xx other than 401/408/409/429 are permanent for that request. */
final class PushFailures {
    private PushFailures() {}

    static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 409 && status != 429;
    }
}
