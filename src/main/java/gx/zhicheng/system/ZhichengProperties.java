package gx.zhicheng.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The adapter's own settings (docs/contract/README.md). Secrets have no defaults here: outside the demo
 * profile they come from the environment, and a missing one stops the start-up with a clear message.
 */
@ConfigurationProperties("zhicheng")
public record ZhichengProperties(Platform platform, Feeds feeds, @DefaultValue Sync sync, @DefaultValue Retention retention) {

    public record Platform(String baseUrl, String clientId, String clientSecret,
                           @DefaultValue("200") int pageSize,
                           @DefaultValue("60s") Duration tokenRefreshMargin,
                           @DefaultValue("4") int maxInFlight) {}

    public record Feeds(Feed si, Feed ce, @DefaultValue("100") int batchSize) {}

    public record Feed(String baseUrl, String appKey, String appSecret) {}

    public record Sync(@DefaultValue("false") boolean runOnce,
                       @DefaultValue("false") boolean onStartup,
                       @DefaultValue("100") int reviewBatchSize,
                       @DefaultValue("200") int pushBatchSize,
                       @DefaultValue("2m") Duration claimLease,
                       @DefaultValue("1") int reviewWorkers) {}

    /** Personal data is kept this many years after its declaration year closes (December 31), then purged. */
    public record Retention(@DefaultValue("3") int yearsAfterYearCloses) {}

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
        require(retention.yearsAfterYearCloses() >= 1, "zhicheng.retention.years-after-year-closes at least 1");
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
