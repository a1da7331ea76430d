package gx.zhicheng.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A copy of the chain outside the database: each day's last hash is logged and exported as the metric
 * {@code zhicheng_audit_chain_day{day,hash}} (value: the entry's seq), so that the log store and the metrics store
 * keep what a rewrite of the chain in the database would have to match. Also {@code zhicheng_audit_chain_entries}.
 */
@Component
class ChainDays {

    private static final Logger log = LoggerFactory.getLogger(ChainDays.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MultiGauge days;

    ChainDays(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.days = MultiGauge.builder("zhicheng.audit.chain.day")
                .description("The seq of the last chain entry of a day (Beijing time), tagged with its hash").register(registry);
        Gauge.builder("zhicheng.audit.chain.entries", this, ChainDays::entries)
                .description("Entries in the audit hash chain").register(registry);
    }

    private double entries() {
        Long seq = jdbc.queryForObject("SELECT seq FROM chain_head WHERE id = 1", Long.class);
        return seq == null ? 0 : seq;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        publishYesterday();
    }

    /** Five past midnight, Beijing time: the day that just ended. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    void publishYesterday() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        LocalDate day = today.minusDays(1);
        List<Map<String, Object>> last = jdbc.queryForList("""
                SELECT seq, entry_hash FROM chain_entry
                 WHERE seq = (SELECT MAX(seq) FROM chain_entry WHERE recorded_at < ?)""",
                Timestamp.from(today.atStartOfDay(BEIJING).toInstant()));
        if (last.isEmpty()) {
            return;
        }
        long seq = ((Number) last.get(0).get("seq")).longValue();
        String hash = (String) last.get(0).get("entry_hash");
        log.info("Audit chain at the end of {}: entry {} hash {}", day, seq, hash);
        days.register(List.of(MultiGauge.Row.of(Tags.of("day", day.toString(), "hash", hash), seq)), true);
    }
}
