package gx.zhicheng.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gx.zhicheng.system.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fast local mock of the whole contract for N synthetic declarations, for the crash test and the
 * benchmark, where the bundled WireMock mocks are too small and WireMock's journal too costly: the
 * platform (token, paged listing with cursor and updatedSince, one declaration, archive lookups and
 * entries, pre-review pushes with the contract's idempotency and 409 for a stale version) and both
 * feeds. It keeps every accepted push so that a test can check what landed.
 */
public final class SyntheticProvince implements AutoCloseable {

    /** One push the province accepted (a repeated key with the same body is not a new one). */
    public record Push(String declarationId, int declarationVersion, String idempotencyKey, String contentHash) {}

    private static final OffsetDateTime BASE = OffsetDateTime.of(2022, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    /** Always with seconds: OffsetDateTime.toString() drops ":00", which the contract's date-time refuses. */
    private static final java.time.format.DateTimeFormatter UPDATED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final int count;
    private final int[] versions;
    private final long[] updatedSeconds;
    private long clockSeconds;
    private List<Integer> order;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    // synchronized lists, not copy-on-write: a copy per push made a million pushes quadratic
    private final List<Push> pushes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> archiveEntries = Collections.synchronizedList(new ArrayList<>());
    // the benchmark's clock: when each declaration was first served in a listing, and when its first verdict was accepted
    private final AtomicLongArray firstServedNanos;
    private final AtomicLongArray acceptedNanos;
    // the outcome of each declaration's first accepted verdict, counted
    private final Map<String, java.util.concurrent.atomic.LongAdder> outcomes = new ConcurrentHashMap<>();
    private final ProvinceTraffic traffic = new ProvinceTraffic();
    // steady publication (the benchmark's steady mode): declaration i appears in the listing at startNanos + i / rate;
    // 0 = all of them are there from the start
    private volatile double publishRate;
    private volatile long publishStartNanos;
    // System.nanoTime() when the first listing request arrived (the benchmark's end of an adapter's start-up); 0 before
    private volatile long firstListingNanos;

    static {
        // the JDK server writes the headers and the body of an answer apart; with Nagle's algorithm on, each answer
        // then waits for the client's delayed ACK (40 ms on Linux), which would make the mock the bottleneck
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public SyntheticProvince(int count, int port) throws IOException {
        this.count = count;
        this.versions = new int[count];
        this.updatedSeconds = new long[count];
        this.firstServedNanos = new AtomicLongArray(count);
        this.acceptedNanos = new AtomicLongArray(count);
        for (int i = 0; i < count; i++) {
            versions[i] = 1;
            updatedSeconds[i] = i;
        }
        clockSeconds = count;
        reorder();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(Integer.getInteger("province.threads", 8)));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int count() {
        return count;
    }

    /** Gives the i-th declaration a new version, as if the applicant had changed it. */
    public synchronized void change(int i) {
        versions[i]++;
        updatedSeconds[i] = ++clockSeconds;
        reorder();
    }

    public synchronized int version(int i) {
        return versions[i];
    }

    public List<Push> pushes() {
        synchronized (pushes) {
            return List.copyOf(pushes);
        }
    }

    public List<String> archiveEntries() {
        synchronized (archiveEntries) {
            return List.copyOf(archiveEntries);
        }
    }

    /** System.nanoTime() when declaration i first appeared in a listing page; 0 if never. */
    public long firstServedNanos(int i) {
        return firstServedNanos.get(i);
    }

    /** System.nanoTime() when the first verdict of declaration i was accepted; 0 if none. */
    public long acceptedNanos(int i) {
        return acceptedNanos.get(i);
    }

    /** The outcomes of the first verdicts accepted, by outcome (PASS, RETURN, VERIFY, REJECT). */
    public Map<String, Long> acceptedOutcomes() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach((outcome, n) -> counts.put(outcome, n.sum()));
        return counts;
    }

    /**
     * From the next listing request on, declarations appear one after the other at {@code perSecond}, as applicants
     * submit them: declaration i at that request's moment plus i / perSecond. Before, the listing is empty.
     */
    public synchronized void publishSteadily(double perSecond) {
        publishRate = perSecond;
        publishStartNanos = 0;
    }

    /** System.nanoTime() when declaration i appeared (steady publication); 0 if it has not yet, or without it. */
    public long publishedNanos(int i) {
        long start = publishStartNanos;
        if (publishRate <= 0 || start == 0) {
            return 0;
        }
        long at = start + (long) (i / publishRate * 1e9);
        return at <= System.nanoTime() ? at : 0;
    }

    /** How many declarations the listing shows now. */
    private int visible() {
        if (publishRate <= 0) {
            return count;
        }
        if (publishStartNanos == 0) {
            publishStartNanos = System.nanoTime();
        }
        return (int) Math.min(count, (System.nanoTime() - publishStartNanos) / 1e9 * publishRate + 1);
    }

    /** System.nanoTime() when the first listing request (GET /api/v1/declarations) arrived; 0 if none yet. */
    public long firstListingNanos() {
        return firstListingNanos;
    }

    /** How many declarations have a verdict accepted so far. */
    public long acceptedCount() {
        return outcomes.values().stream().mapToLong(java.util.concurrent.atomic.LongAdder::sum).sum();
    }

    /** Requests served per endpoint, with their first and last moment and the time spent answering. */
    public ProvinceTraffic traffic() {
        return traffic;
    }

    /** Forgets pushes, keys, timestamps and traffic: the benchmark's bare run and the adapter's run share one province. */
    public void reset() {
        keys.clear();
        pushes.clear();
        archiveEntries.clear();
        outcomes.clear();
        firstListingNanos = 0;
        for (int i = 0; i < count; i++) {
            firstServedNanos.set(i, 0);
            acceptedNanos.set(i, 0);
        }
        traffic.reset();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private synchronized void reorder() {
        List<Integer> sorted = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sorted.add(i);
        }
        sorted.sort((a, b) -> updatedSeconds[a] != updatedSeconds[b] ? Long.compare(updatedSeconds[a], updatedSeconds[b])
                : SyntheticDeclarations.declarationId(a).compareTo(SyntheticDeclarations.declarationId(b)));
        order = sorted;
    }

    private void handle(HttpExchange http) throws IOException {
        long started = System.nanoTime();
        try {
            answer(http, started);
        } finally {
            traffic.record(http.getRequestMethod(), http.getRequestURI().getPath(), started, System.nanoTime());
        }
    }

    private void answer(HttpExchange http, long started) throws IOException {
        try (http) {
            String path = http.getRequestURI().getPath();
            String method = http.getRequestMethod();
            byte[] body = read(http.getRequestBody());
            if (path.equals("/oauth/token")) {
                reply(http, 200, "{\"access_token\":\"synthetic-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
            } else if (path.startsWith("/api/") && !"Bearer synthetic-token".equals(http.getRequestHeaders().getFirst("Authorization"))) {
                reply(http, 401, "{\"error\":\"invalid_token\"}");
            } else if (path.equals("/api/v1/declarations") && method.equals("GET")) {
                if (firstListingNanos == 0) {
                    firstListingNanos = started;
                }
                reply(http, 200, page(query(http)));
            } else if (path.startsWith("/api/v1/declarations/") && path.endsWith("/pre-review") && method.equals("PUT")) {
                preReview(http, path.substring("/api/v1/declarations/".length(), path.length() - "/pre-review".length()), body);
            } else if (path.startsWith("/api/v1/declarations/") && method.equals("GET")) {
                one(http, path.substring("/api/v1/declarations/".length()));
            } else if (path.equals("/api/v1/integrity-archive") && method.equals("GET")) {
                String idNumber = query(http).get("idNumber");
                reply(http, 200, idNumber == null ? "{\"entries\":[]}" : SyntheticDeclarations.archiveEntries(idNumber));
            } else if (path.equals("/api/v1/integrity-archive") && method.equals("POST")) {
                archiveEntry(http, body);
            } else if (path.equals("/si/v1/contributions:query")) {
                reply(http, 200, si(body));
            } else if (path.equals("/ce/v1/records:query")) {
                reply(http, 200, ce(body));
            } else {
                reply(http, 404, "{\"error\":\"no such endpoint\"}");
            }
        } catch (RuntimeException e) {
            reply(http, 500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    private synchronized String page(Map<String, String> query) {
        int limit = Math.min(200, Math.max(1, Integer.parseInt(query.getOrDefault("limit", "100"))));
        int start = query.containsKey("cursor") ? Integer.parseInt(query.get("cursor").substring(1)) : 0;
        if (!query.containsKey("cursor") && query.containsKey("updatedSince")) {
            long since = OffsetDateTime.parse(query.get("updatedSince")).toEpochSecond() - BASE.toEpochSecond();
            while (start < count && updatedSeconds[order.get(start)] < since) {
                start++;
            }
        }
        StringBuilder items = new StringBuilder();
        int shown = visible();
        int end = Math.min(shown, start + limit);
        for (int k = start; k < end; k++) {
            int i = order.get(k);
            firstServedNanos.compareAndSet(i, 0, System.nanoTime());
            items.append(k > start ? "," : "").append(SyntheticDeclarations.declaration(i, versions[i], updatedAt(i)));
        }
        String next = end < shown ? "\"o" + end + "\"" : "null";
        return "{\"items\":[" + items + "],\"nextCursor\":" + next + "}";
    }

    private String updatedAt(int i) {
        return UPDATED_AT.format(BASE.plusSeconds(updatedSeconds[i]));
    }

    private void one(HttpExchange http, String id) throws IOException {
        int i = index(id);
        if (i < 0) {
            reply(http, 404, "{\"error\":\"no such declaration\"}");
            return;
        }
        String body;
        synchronized (this) {
            body = SyntheticDeclarations.declaration(i, versions[i], updatedAt(i));
        }
        reply(http, 200, body);
    }

    private void preReview(HttpExchange http, String id, byte[] body) throws IOException {
        String key = http.getRequestHeaders().getFirst("Idempotency-Key");
        int i = index(id);
        if (i < 0) {
            reply(http, 404, "{\"error\":\"no such declaration\"}");
            return;
        }
        if (key == null) {
            reply(http, 422, "{\"error\":\"Idempotency-Key required\"}");
            return;
        }
        String bodyHash = Hashing.sha256Hex(body);
        String earlier = keys.putIfAbsent(key, bodyHash);
        if (earlier != null) {
            reply(http, earlier.equals(bodyHash) ? 200 : 422, earlier.equals(bodyHash)
                    ? "{\"receiptId\":\"R-" + key.hashCode() + "\"}" : "{\"error\":\"Idempotency-Key reused with another body\"}");
            return;
        }
        JsonNode verdict = json.readTree(body);
        int version = verdict.path("declarationVersion").asInt();
        synchronized (this) {
            if (version < versions[i]) {
                keys.remove(key);
                reply(http, 409, "{\"error\":\"stale declarationVersion\"}");
                return;
            }
        }
        ((ObjectNode) verdict).remove("reviewedAt");
        pushes.add(new Push(id, version, key, Hashing.sha256Hex(verdict.toString())));
        if (acceptedNanos.compareAndSet(i, 0, System.nanoTime())) {
            outcomes.computeIfAbsent(verdict.path("outcome").asText("?"), o -> new java.util.concurrent.atomic.LongAdder()).increment();
        }
        reply(http, 200, "{\"receiptId\":\"R-" + key.hashCode() + "\"}");
    }

    private void archiveEntry(HttpExchange http, byte[] body) throws IOException {
        String key = http.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && keys.putIfAbsent(key, Hashing.sha256Hex(body)) != null) {
            reply(http, 200, "{\"entryId\":\"E-" + key.hashCode() + "\"}");
            return;
        }
        archiveEntries.add(key);
        reply(http, 201, "{\"entryId\":\"E-" + key.hashCode() + "\"}");
    }

    private String si(byte[] body) throws IOException {
        JsonNode q = json.readTree(body);
        YearMonth from = YearMonth.parse(q.get("fromMonth").asText());
        YearMonth to = YearMonth.parse(q.get("toMonth").asText());
        StringBuilder results = new StringBuilder();
        for (JsonNode id : q.get("idNumbers")) {
            results.append(results.length() > 0 ? "," : "").append(SyntheticDeclarations.siResult(id.asText(), from, to));
        }
        return "{\"results\":[" + results + "]}";
    }

    private String ce(byte[] body) throws IOException {
        JsonNode q = json.readTree(body);
        StringBuilder results = new StringBuilder();
        for (JsonNode id : q.get("idNumbers")) {
            int i = SyntheticDeclarations.index(id.asText());
            results.append(results.length() > 0 ? "," : "").append(SyntheticDeclarations.ceResult(i, id.asText()));
        }
        return "{\"results\":[" + results + "]}";
    }

    private int index(String declarationId) {
        if (!declarationId.startsWith("GX2022-B")) {
            return -1;
        }
        int i = Integer.parseInt(declarationId.substring("GX2022-B".length()));
        return i < count ? i : -1;
    }

    private static Map<String, String> query(HttpExchange http) {
        Map<String, String> query = new HashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void reply(HttpExchange http, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length);
        http.getResponseBody().write(bytes);
    }
}
