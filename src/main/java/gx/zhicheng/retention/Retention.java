package gx.zhicheng.retention;

import gx.zhicheng.audit.ChainedPurge;
import gx.zhicheng.pull.DeclarationStore;
import gx.zhicheng.pull.UnreadablePages;
import gx.zhicheng.push.Outbox;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.runs.SyncRuns;
import gx.zhicheng.system.ZhichengProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data is kept no longer than the retention period after a declaration's year closes (December 31):
 * then the declaration with its verdicts, pushes and dead letters goes, and so do parked payloads, unreadable
 * listing pages last seen before then and the adapter's expired integrity-archive entries of that age, and the
 * messages of runs of that age. The decisions' audit trail stays (the declaration ID, the rule, the decision, who
 * decided and when) without its personal parts: the note and the evidence are emptied.
 *
 * <p>This class decides what is past retention and when; each table's owner deletes its own rows (docs/tables.md),
 * all in one transaction. The hash-chained rows go through the chain's own purge (audit's ChainedPurge).
 */
@Component("retention")
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final TransactionTemplate tx;
    private final Clock clock;
    private final int years;
    private final ChainedPurge chained;
    private final Outbox outbox;
    private final ReviewQueue declarations;
    private final DeclarationStore parked;
    private final UnreadablePages pages;
    private final SyncRuns runs;

    Retention(TransactionTemplate tx, Clock clock, ZhichengProperties properties, ChainedPurge chained, Outbox outbox,
              ReviewQueue declarations, DeclarationStore parked, UnreadablePages pages, SyncRuns runs) {
        this.chained = chained;
        this.outbox = outbox;
        this.declarations = declarations;
        this.parked = parked;
        this.pages = pages;
        this.runs = runs;
        this.tx = tx;
        this.clock = clock;
        this.years = properties.retention().yearsAfterYearCloses();
    }

    /** Purges what is past retention; answers the number of declarations purged. */
    public int purge() {
        LocalDate today = LocalDate.now(clock);
        int lastYearToPurge = today.getYear() - 1 - years;
        LocalDate cutoff = LocalDate.of(lastYearToPurge, 12, 31);
        Timestamp cutoffTs = Timestamp.from(cutoff.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        Integer purged = tx.execute(status -> {
            // the pushes and dead letters first, while their declarations still say which year they are of
            outbox.purgeDeclarationsOfYearsUpTo(lastYearToPurge);
            // chained rows (issue 24): deleted with a purge record, through a function on PostgreSQL
            chained.verdictsOfYearsUpTo(lastYearToPurge);
            // a decision's record stays (who decided what on which rule of which declaration); its note and the
            // evidence it was taken on (names, employers, SI months, free text) are personal data and go, recorded as
            // purged so that the hash chain still verifies (the application's role cannot UPDATE decision on PostgreSQL)
            chained.decisionNotesOfYearsUpTo(lastYearToPurge);
            int declarationsPurged = declarations.purgeYearsUpTo(lastYearToPurge);
            parked.purgeParkedBefore(cutoffTs);
            pages.purgeLastSeenBefore(cutoffTs);
            chained.archiveEntriesExpiredBy(cutoff);
            runs.forgetMessagesBefore(cutoffTs);
            return declarationsPurged;
        });
        log.info("Retention: purged {} declaration(s) of {} and earlier ({} years after their year closed)",
                purged, lastYearToPurge, years);
        return purged == null ? 0 : purged;
    }
}
