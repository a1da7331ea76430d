package gx.zhicheng.province;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * What the synthetic province answered, per endpoint: how many requests, when the first arrived and the
 * last ended, and the time spent answering them. The benchmark reads the adapter's phases from it
 * (the pull, the enrichment and the pushes follow each other) without instrumenting the adapter.
 */
public final class ProvinceTraffic {

    /** One endpoint's figures; times are System.nanoTime() values. */
    public record Endpoint(String name, long requests, long firstNanos, long lastNanos, long busyNanos) {}

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    void record(String method, String path, long started, long ended) {
        counters.computeIfAbsent(name(method, path), x -> new Counter()).add(started, ended);
    }

    void reset() {
        counters.clear();
    }

    public Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> all = new TreeMap<>();
        counters.forEach((name, c) -> all.put(name, new Endpoint(name, c.requests.get(), c.first.get(), c.last.get(), c.busy.get())));
        return all;
    }

    private static String name(String method, String path) {
        if (path.startsWith("/api/v1/declarations/") && path.endsWith("/pre-review")) {
            return method + " /api/v1/declarations/{id}/pre-review";
        }
        if (path.startsWith("/api/v1/declarations/")) {
            return method + " /api/v1/declarations/{id}";
        }
        return method + " " + path;
    }

    private static final class Counter {
        final AtomicLong requests = new AtomicLong();
        final LongAccumulator first = new LongAccumulator(Math::min, Long.MAX_VALUE);
        final LongAccumulator last = new LongAccumulator(Math::max, Long.MIN_VALUE);
        final AtomicLong busy = new AtomicLong();

        void add(long started, long ended) {
            requests.incrementAndGet();
            first.accumulate(started);
            last.accumulate(ended);
            busy.addAndGet(ended - started);
        }
    }
}
