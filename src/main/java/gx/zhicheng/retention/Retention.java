package gx.zhicheng.retention;

import gx.zhicheng.audit.ChainedPurge;
import gx.zhicheng.system.ZhichengProperties;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data is kept no longer than the retention period after a declaration's year closes (December 31):
 * then the declaration with its verdicts, pushes and dead letters goes, and so do parked payloads, unreadable
 * listing pages last seen before then and the adapter's expired integrity-archive entries of that age, and the
 * messages of runs of that age. The decisions' audit trail stays (the declaration ID, the rule, the decision, who
 * decided and when) without its personal parts: the note and the evidence are emptied.
 */
@Component("retention")
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int years;
    private final ChainedPurge chained;

    Retention(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, ZhichengProperties properties, ChainedPurge chained) {
        this.chained = chained;
        this.jdbc = jdbc;
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
            String old = "SELECT declaration_id FROM declaration WHERE decl_year <= ?";
            jdbc.update("DELETE FROM dead_letter WHERE outbox_id IN (SELECT id FROM outbox WHERE declaration_id IN (" + old + "))",
                    lastYearToPurge);
            jdbc.update("DELETE FROM outbox WHERE declaration_id IN (" + old + ")", lastYearToPurge);
            // chained rows (issue 24): deleted with a purge record, through a function on PostgreSQL
            chained.verdictsOfYearsUpTo(lastYearToPurge);
            // a decision's record stays (who decided what on which rule of which declaration); its note and the
            // evidence it was taken on (names, employers, SI months, free text) are personal data and go, recorded as
            // purged so that the hash chain still verifies (the application's role cannot UPDATE decision on PostgreSQL)
            chained.decisionNotesOfYearsUpTo(lastYearToPurge);
            int declarations = jdbc.update("DELETE FROM declaration WHERE decl_year <= ?", lastYearToPurge);
            jdbc.update("DELETE FROM parked_declaration WHERE parked_at < ?", cutoffTs);
            // a listing page that could not be read keeps its body (personal data) for diagnosis until then
            jdbc.update("DELETE FROM unreadable_page WHERE last_seen_at < ?", cutoffTs);
            chained.archiveEntriesExpiredBy(cutoff);
            // a run's message of that age (older versions kept raw exception text, which could quote a person)
            jdbc.update("UPDATE sync_run SET message = NULL WHERE started_at < ? AND message IS NOT NULL", cutoffTs);
            return declarations;
        });
        log.info("Retention: purged {} declaration(s) of {} and earlier ({} years after their year closed)",
                purged, lastYearToPurge, years);
        return purged == null ? 0 : purged;
    }
}
