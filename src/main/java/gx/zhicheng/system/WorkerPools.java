package gx.zhicheng.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads of the parallel steps. Per-declaration platform calls (archive lookups, pushes) run with at most
 * zhicheng.platform.max-in-flight in flight: one call at a time left the adapter waiting on the network most of
 * the time; the throttle of call-platform still caps the calls per second. The review workers
 * (zhicheng.sync.review-workers) have their own pool, so that a worker never waits for a thread its own lookups need.
 */
@Configuration
class WorkerPools {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reviewWorkerPool(ZhichengProperties properties) {
        return pool("review-worker", properties.sync().reviewWorkers());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService archiveLookupPool(ZhichengProperties properties) {
        return pool("archive-lookup", properties.platform().maxInFlight());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService pushPool(ZhichengProperties properties) {
        return pool("push", properties.platform().maxInFlight());
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
