package gx.zhicheng.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads that make the per-declaration platform calls (archive lookups, pushes) with at most
 * zhicheng.platform.max-in-flight of them in flight: one call at a time left the adapter waiting on the
 * network most of the time. Two pools, so that a push never waits for a lookup's thread or the reverse.
 * The throttle of call-platform still caps the calls per second, whatever the number in flight.
 */
@Configuration
class RemoteCallPools {

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
