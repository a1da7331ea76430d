package gx.zhicheng.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The adapter's own settings (docs/contract/README.md). Secrets have no defaults here: outside the demo
 * profile they come from the environment, and a missing one stops the start-up with a clear message.
 */
@ConfigurationProperties("zhicheng")
public record ZhichengProperties(Platform platform, Feeds feeds, @DefaultValue Sync sync,
                                 @DefaultValue Retry retry, @DefaultValue Breaker breaker, @DefaultValue Database database) {

    public record Platform(String baseUrl, String clientId, String clientSecret,
                           @DefaultValue("200") int pageSize,
                           @DefaultValue("60s") Duration tokenRefreshMargin,
                           @DefaultValue("4") int maxInFlight) {}

    public record Feeds(Feed si, Feed ce, @DefaultValue("100") int batchSize) {}

    public record Feed(String baseUrl, String appKey, String appSecret) {}

    public record Sync(@DefaultValue("false") boolean runOnce,
                       @DefaultValue("false") boolean onStartup,
                       @DefaultValue("100") int reviewBatchSize,
                       @DefaultValue("50") int pushBatchSize,
                       @DefaultValue("2m") Duration claimLease,
                       @DefaultValue("1") int reviewWorkers) {}

    /**
     * The one retry layer of remote calls (routes/remote-call-errors.camel.yaml): redeliveries of one call after
     * a transient failure, their exponential backoff (with jitter), and the longest Retry-After the adapter
     * waits; a remote asking for longer fails the call as transient at once (the outbox or the next run takes it).
     */
    public record Retry(@DefaultValue("3") int maxRedeliveries,
                        @DefaultValue("500") long initialDelayMs,
                        @DefaultValue("10000") long maxDelayMs,
                        @DefaultValue("60s") Duration maxRetryAfter) {}

    /** One circuit breaker per remote system; Resilience4j's window of 100 calls would never open during a sync. */
    public record Breaker(@DefaultValue("20") int slidingWindowSize,
                          @DefaultValue("10") int minimumNumberOfCalls,
                          @DefaultValue("50") float failureRateThreshold,
                          @DefaultValue("30s") Duration waitDurationInOpenState) {}

    /**
     * The database as a remote system: a statement that failed for a transient reason (connection terminated,
     * pool exhausted for a moment) is tried again this many times where it is safe to repeat; the scheduler's
     * triggers are checked every {@code triggerCheck} for one Quartz left in ERROR after an outage.
     */
    public record Database(@DefaultValue("3") int maxRetries,
                           @DefaultValue("500ms") Duration retryDelay,
                           @DefaultValue("30s") Duration triggerCheck) {}

    public ZhichengProperties {
        require(platform != null, "zhicheng.platform.*");
        require(feeds != null && feeds.si() != null && feeds.ce() != null, "zhicheng.feeds.si.* and zhicheng.feeds.ce.*");
        require(notBlank(platform.baseUrl()), "zhicheng.platform.base-url");
        require(notBlank(platform.clientId()), "zhicheng.platform.client-id");
        require(notBlank(platform.clientSecret()), "zhicheng.platform.client-secret");
        for (var name : new String[] {"si", "ce"}) {
            Feed feed = name.equals("si") ? feeds.si() : feeds.ce();
            require(notBlank(feed.baseUrl()), "zhicheng.feeds." + name + ".base-url");
            require(notBlank(feed.appKey()), "zhicheng.feeds." + name + ".app-key");
            require(notBlank(feed.appSecret()), "zhicheng.feeds." + name + ".app-secret");
        }
        require(feeds.batchSize() >= 1 && feeds.batchSize() <= 100, "zhicheng.feeds.batch-size between 1 and 100");
        require(platform.maxInFlight() >= 1 && platform.maxInFlight() <= 64, "zhicheng.platform.max-in-flight between 1 and 64");
        require(sync.reviewWorkers() >= 1 && sync.reviewWorkers() <= 16, "zhicheng.sync.review-workers between 1 and 16");
        require(retry.maxRedeliveries() >= 0 && retry.maxRedeliveries() <= 10, "zhicheng.retry.max-redeliveries between 0 and 10");
        require(database.maxRetries() >= 0 && database.maxRetries() <= 10, "zhicheng.database.max-retries between 0 and 10");
        require(platform.pageSize() >= 1 && platform.pageSize() <= 200, "zhicheng.platform.page-size between 1 and 200");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Missing or invalid configuration: " + what
                    + " (set it in config/ or as an environment variable)");
        }
    }
}
