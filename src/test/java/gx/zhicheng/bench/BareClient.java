package gx.zhicheng.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bare limit: a plain java.net.http.HttpClient making the adapter's calls against the same province,
 * with the same concurrency and none of the adapter's work (no database, no rules, no Camel). The listing is
 * walked page after page (each page needs the previous cursor) and the feeds are asked one batch at a time, as
 * the adapter does; archive lookups and pushes run with `concurrency` calls in flight.
 */
final class BareClient {

    private record Listed(String declarationId, String idNumber, YearMonth month) {}

    private static final int PAGE = 200;
    private static final int FEED_BATCH = 100;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final int concurrency;
    private String token;

    BareClient(int port, int concurrency) {
        this.base = "http://127.0.0.1:" + port;
        this.concurrency = concurrency;
    }

    /** Runs every call once per declaration; answers the seconds it took. */
    double run() throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            token = tokenAnswer();
            List<Listed> listed = walkListing();
            for (int from = 0; from < listed.size(); from += FEED_BATCH) {
                List<Listed> batch = listed.subList(from, Math.min(listed.size(), from + FEED_BATCH));
                feeds(batch);
                all(pool, batch, l -> send(get("/api/v1/integrity-archive?idNumber=" + l.idNumber())));
            }
            all(pool, listed, l -> send(put(l)));
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private String tokenAnswer() throws Exception {
        String answer = send(HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=bench&client_secret=bench"))
                .build());
        return field(answer, "access_token", 0);
    }

    private List<Listed> walkListing() throws Exception {
        List<Listed> listed = new ArrayList<>();
        String cursor = null;
        do {
            String page = send(get("/api/v1/declarations?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor)));
            for (int at = page.indexOf("\"declarationId\""); at >= 0; at = page.indexOf("\"declarationId\"", at + 1)) {
                String declaredOn = field(page, "declaredOn", at);
                listed.add(new Listed(field(page, "declarationId", at), field(page, "idNumber", at),
                        YearMonth.parse(declaredOn.substring(0, 7))));
            }
            int next = page.lastIndexOf("\"nextCursor\":");
            cursor = page.startsWith("null", next + 13) ? null : field(page, "nextCursor", next);
        } while (cursor != null);
        return listed;
    }

    private void feeds(List<Listed> batch) throws Exception {
        YearMonth to = batch.stream().map(Listed::month).max(YearMonth::compareTo).orElseThrow();
        YearMonth from = batch.stream().map(Listed::month).min(YearMonth::compareTo).orElseThrow().minusMonths(60);
        String ids = String.join(",", batch.stream().map(l -> "\"" + l.idNumber() + "\"").toList());
        send(signed("/si/v1/contributions:query",
                "{\"idNumbers\":[" + ids + "],\"fromMonth\":\"" + from + "\",\"toMonth\":\"" + to + "\"}"));
        send(signed("/ce/v1/records:query", "{\"idNumbers\":[" + ids + "],\"years\":[2021,2022]}"));
    }

    private HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpRequest put(Listed l) {
        String verdict = "{\"declarationId\":\"" + l.declarationId() + "\",\"declarationVersion\":1,\"outcome\":\"PASS\","
                + "\"findings\":[],\"reviewOffice\":{\"code\":\"451400\",\"name\":\"崇左市职称改革工作领导小组办公室\"},"
                + "\"rulesVersion\":\"2022.1\",\"reviewedAt\":\"2022-08-01T10:00:00+08:00\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/declarations/" + l.declarationId() + "/pre-review"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bare-" + l.declarationId())
                .PUT(HttpRequest.BodyPublishers.ofString(verdict)).build();
    }

    private HttpRequest signed(String path, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String canonical = "POST\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + hex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-App-Key", "k").header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                .header("X-Signature", hex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8))))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            // a kept-alive connection the server closed at that moment; the adapter's client retries these too
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private interface Call {
        void on(Listed l) throws Exception;
    }

    private static void all(ExecutorService pool, List<Listed> items, Call call) throws Exception {
        List<Future<Object>> futures = new ArrayList<>();
        for (Listed l : items) {
            Callable<Object> task = () -> {
                call.on(l);
                return null;
            };
            futures.add(pool.submit(task));
        }
        for (Future<Object> f : futures) {
            f.get();
        }
    }

    /** The string value of "name" at or after a position: the listing is read without a JSON parser, as bare as it gets. */
    private static String field(String json, String name, int from) {
        int key = json.indexOf("\"" + name + "\":\"", from);
        int start = key + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
