package gx.zhicheng.mocks;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Prints a signed curl command for a feed (feeds-api.yaml), to try the mocked feeds by hand:
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes gx.zhicheng.mocks.SignFeedRequest http://localhost:8089 /si/v1/contributions:query '{...}'
 * </pre>
 * Arguments: base URL, path, JSON body, and optionally app key and secret (default demo-app / demo-secret).
 * The timestamp is now and the nonce fresh, so the command works once, within 300 s. It needs the JDK only.
 */
public final class SignFeedRequest {

    private SignFeedRequest() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: BASE_URL PATH JSON_BODY [APP_KEY APP_SECRET]");
            System.exit(2);
        }
        System.out.println(curl(args[0], args[1], args[2], args.length > 3 ? args[3] : "demo-app",
                args.length > 4 ? args[4] : "demo-secret", System.currentTimeMillis(), UUID.randomUUID().toString().replace("-", "")));
    }

    static String curl(String base, String path, String body, String appKey, String appSecret, long millis, String nonce) {
        String timestamp = Long.toString(millis);
        String signature = FeedSignatures.sign(appSecret, "POST", path, timestamp, nonce, body.getBytes(StandardCharsets.UTF_8));
        return "curl -s -X POST '" + base + path + "' -H 'Content-Type: application/json'"
                + " -H 'X-App-Key: " + appKey + "' -H 'X-Timestamp: " + timestamp + "' -H 'X-Nonce: " + nonce + "'"
                + " -H 'X-Signature: " + signature + "' --data-raw '" + body + "'";
    }
}
