package gx.zhicheng.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of the adapter, one typed tree under {@code zhicheng}. The defaults are in one place, the jar's
 * {@code application.yaml} (src/main/resources), because the routes read some of them as placeholders too;
 * {@code config/application.yaml} beside the jar overrides what a deployment changes. A key under
 * {@code zhicheng} that this tree does not know stops the start-up with its name (ignoreUnknownFields = false),
 * so a misspelt setting never silently keeps its default. Secrets have no defaults: outside the demo they come
 * from the environment, and a missing one stops the start-up naming the key.
 *
 * <p>Modules that need one branch inject it as a bean of its own ({@link SettingsBeans}).
 */
@ConfigurationProperties(prefix = "zhicheng", ignoreUnknownFields = false)
public record ZhichengProperties(Platform platform, Feeds feeds, Sync sync, Recheck recheck, Retention retention,
                                 Outbox outbox, Retry retry, Breaker breaker, Database database, Rules rules,
                                 Documents documents,
                                 SecurityProperties security, WebProperties web, Path routesDir,
                                 Decisions decisions, Audit audit) {
    // routesDir: unset, the routes inside the jar (classpath:routes/); set, a folder whose *.yaml replace them all
    // (RouteSources logs which were loaded, with their SHA-256)

    /** Operator decisions: whether a CONFIRM_FALSIFICATION waits for a second operator's approval (issue 24). */
    public record Decisions(ConfirmFalsification confirmFalsification) {
        public record ConfirmFalsification(boolean secondApprover) {}
    }

    /** The audit trail: {@code verify} walks the hash chain and exits (0 intact, 3 broken). */
    public record Audit(boolean verify) {}

    /**
     * The provincial platform: the office's account, its paging and how hard the adapter may call it. A walk of the
     * listing longer than {@code maxPages} pages ends as failed (a cursor that never ends); a page that cannot be read
     * is kept for the operator up to {@code unreadableBodyLimit} characters.
     */
    public record Platform(String baseUrl, String clientId, String clientSecret, int pageSize,
                           Duration tokenRefreshMargin, int maxRequestsPerSecond, int maxInFlight, int maxPages,
                           int unreadableBodyLimit) {}

    /** The two data feeds and the size of one batch query (at most 100 people, feeds-api.yaml). */
    public record Feeds(Feed si, Feed ce, int batchSize) {}

    public record Feed(String baseUrl, String appKey, String appSecret, int maxRequestsPerSecond) {}

    /**
     * The sync cycle: its schedule (a phase's cron in the months it covers, {@code cron} in the others, checked
     * every {@code tickCron}), the catch-up runs after a scheduled run that found work, one-shot and start-up modes,
     * batch sizes, review workers and the lease of claimed work.
     */
    public record Sync(String cron, Schedule schedule, String tickCron, boolean scheduled, boolean catchUp, Duration catchUpPause, boolean runOnce,
                       boolean onStartup, int reviewBatchSize, int reviewWorkers,
                       Duration claimLease) {}

    /** The year of attachment 1 of the notice: phases with their own sync cron. */
    public record Schedule(List<Phase> phases) {
        public Schedule {
            phases = phases == null ? List.of() : List.copyOf(phases);
        }
    }

    /**
     * One phase: the marks of the calendar's rows it follows (config/calendar.csv, the one place of the year's dates),
     * separated by commas, and its cron; the first phase one of whose rows covers the day wins. The marks are one
     * text, not a list, so that an office's own phases replace the defaults' whole: Spring Boot reports a default's
     * nested list element that an override leaves out as unbound, which stops the start-up.
     */
    public record Phase(String name, String calendar, String cron) {
        public List<String> marks() {
            return calendar == null ? List.of()
                    : Arrays.stream(calendar.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        }
    }

    /** The re-check before confirmation (EXCLUSION_AFTER_DECLARATION) runs on its own cron. */
    public record Recheck(String cron) {}

    /** Personal data is kept this many years after its declaration year closes (December 31), then purged. */
    public record Retention(int yearsAfterYearCloses, String cron) {}

    /** The outbox: pushes claimed at a time, and its own drain between cycles. */
    public record Outbox(int batchSize, boolean drainEnabled, long drainPeriodMs) {}

    /**
     * The one retry layer of remote calls (routes/remote-call-errors.camel.yaml): redeliveries of one call after
     * a transient failure, their exponential backoff (with jitter), and the longest Retry-After the adapter
     * waits; a remote asking for longer fails the call as transient at once (the outbox or the next run takes it).
     */
    public record Retry(int maxRedeliveries, long initialDelayMs, long maxDelayMs, Duration maxRetryAfter) {}

    /** One circuit breaker per remote system; Resilience4j's window of 100 calls would never open during a sync. */
    public record Breaker(int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
                          Duration waitDurationInOpenState) {}

    /**
     * The database as a remote system: a statement that failed for a transient reason (connection terminated,
     * pool exhausted for a moment) is tried again this many times where it is safe to repeat; the scheduler's
     * triggers are checked every {@code triggerCheck} for one Quartz left in ERROR after an outage. {@code embedded}:
     * an H2 file database under ./data/ is allowed (a trial, the demo); otherwise a missing
     * spring.datasource.url stops the start-up ({@link DatabaseRequired}).
     */
    public record Database(int maxRetries, Duration retryDelay, Duration triggerCheck, boolean embedded) {}

    /**
     * The thresholds rules.md marks (config), rules version 2022.2, and the office directory of attachment 3: a
     * location, {@code classpath:config/offices.csv} (the jar's copy, the default) or a path on disk.
     */
    public record Rules(int ceTotalHours, int ceProfessionalHours, int conflictMonths, int gapMonths,
                        int checkWindowMonths, int noTitleGapMonths, int womenBaseAge,
                        boolean seniorWomenInPublicInstitutionRetireAt60,
                        String rulesVersion, String officeDirectory) {}

    /**
     * The reference data of the documents, attachment 1 (the calendar) and attachment 2 (entrusted evaluation),
     * and the font the PDFs embed. The two files are locations: {@code classpath:config/…} (the jar's copies, the
     * default) or a path on disk (an office's own copy).
     *
     * @param pdfFont        a .ttf or .ttc with TrueType outlines and Chinese characters; unset: the first such
     *                       font in {@code pdfFontFolders} (Debian's fonts-wqy-microhei or fonts-droid-fallback)
     * @param pdfFontFace    the face of a collection (PostScript or family name); unset: its first usable face
     * @param pdfFontFolders where to look when pdfFont is unset; ~ is the home folder
     */
    /**
     * maxBatch: the most documents one file of a year's batch holds (print page or PDF); more come in parts.
     * figuresRefresh: how often the figures of a whole year kept between reads (the supervision view, the year's
     * statistics of every office) are taken again in the background for the years being read (at once after a new
     * verdict or decision); zero: at every read.
     */
    public record Documents(String calendar, String entrustedEvaluation, Path pdfFont, String pdfFontFace,
                            List<String> pdfFontFolders, int maxBatch, Duration figuresRefresh) {
        public Documents {
            pdfFontFolders = pdfFontFolders == null ? List.of() : List.copyOf(pdfFontFolders);
            require(maxBatch >= 1, "zhicheng.documents.max-batch at least 1");
            require(figuresRefresh != null && !figuresRefresh.isNegative(),
                    "zhicheng.documents.figures-refresh (zero or more, e.g. 30s)");
        }
    }

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
            require(feed.maxRequestsPerSecond() >= 1, "zhicheng.feeds." + name + ".max-requests-per-second at least 1");
        }
        require(sync != null && recheck != null && retention != null && outbox != null && retry != null
                && breaker != null && rules != null && documents != null && web != null,
                "the defaults of the jar's application.yaml (a branch of zhicheng.* is missing)");
        require(feeds.batchSize() >= 1 && feeds.batchSize() <= 100, "zhicheng.feeds.batch-size between 1 and 100");
        require(retry.maxRedeliveries() <= 10, "zhicheng.retry.max-redeliveries between 0 and 10");
        require(database != null && database.maxRetries() >= 0 && database.maxRetries() <= 10
                && database.retryDelay() != null && database.triggerCheck() != null,
                "zhicheng.database.* (max-retries between 0 and 10, retry-delay, trigger-check)");
        require(platform.pageSize() >= 1 && platform.pageSize() <= 200, "zhicheng.platform.page-size between 1 and 200");
        require(platform.maxRequestsPerSecond() >= 1, "zhicheng.platform.max-requests-per-second at least 1");
        require(platform.maxPages() >= 1, "zhicheng.platform.max-pages at least 1");
        require(platform.unreadableBodyLimit() >= 0, "zhicheng.platform.unreadable-body-limit at least 0");
        require(platform.maxInFlight() >= 1 && platform.maxInFlight() <= 64, "zhicheng.platform.max-in-flight between 1 and 64");
        require(notBlank(sync.cron()) && notBlank(sync.tickCron()), "zhicheng.sync.cron and zhicheng.sync.tick-cron");
        require(sync.reviewWorkers() >= 1 && sync.reviewWorkers() <= 16, "zhicheng.sync.review-workers between 1 and 16");
        require(sync.reviewBatchSize() >= 1, "zhicheng.sync.review-batch-size at least 1");
        require(outbox.batchSize() >= 1, "zhicheng.outbox.batch-size at least 1");
        require(sync.claimLease() != null && sync.claimLease().toMillis() > 0, "zhicheng.sync.claim-lease positive");
        require(retention.yearsAfterYearCloses() >= 1, "zhicheng.retention.years-after-year-closes at least 1");
        require(retry.maxRedeliveries() >= 0 && retry.initialDelayMs() >= 0 && retry.maxDelayMs() >= retry.initialDelayMs(),
                "zhicheng.retry.* (max-redeliveries at least 0, max-delay-ms at least initial-delay-ms)");
        require(breaker.slidingWindowSize() >= 1 && breaker.minimumNumberOfCalls() >= 1
                && breaker.failureRateThreshold() > 0 && breaker.failureRateThreshold() <= 100,
                "zhicheng.breaker.* (window and minimum calls at least 1, failure rate in (0, 100])");
        require(notBlank(rules.rulesVersion()) && notBlank(rules.officeDirectory())
                        && notBlank(documents.calendar()) && notBlank(documents.entrustedEvaluation()),
                "zhicheng.rules.rules-version, office-directory and zhicheng.documents.calendar, entrusted-evaluation");
        require(sync.schedule() == null || sync.schedule().phases().stream().allMatch(p -> notBlank(p.cron()) && !p.marks().isEmpty()),
                "zhicheng.sync.schedule.phases[]: each with a cron and the calendar marks it follows");
        if (security == null) {
            security = new SecurityProperties(List.of());
        }
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
