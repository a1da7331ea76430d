package gx.zhicheng.audit;

import gx.zhicheng.system.Hashing;
import gx.zhicheng.system.ZhichengProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The fingerprint of what the rules read (the thresholds of zhicheng.rules.*, the office directory, the calendar),
 * recorded at start-up when it differs from the last one recorded: the trail then says from when a verdict was
 * computed under which settings.
 */
@Component
public class SettingsFingerprint {

    private static final Logger log = LoggerFactory.getLogger(SettingsFingerprint.class);

    private final ZhichengProperties properties;
    private final AuditLog audit;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SettingsFingerprint(ZhichengProperties properties, AuditLog audit, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** SHA-256 over the rules' settings and the bytes of the office directory and the calendar. */
    public String current() {
        StringBuilder all = new StringBuilder(properties.rules().toString());
        all.append('|').append(file(properties.rules().officeDirectory()));
        all.append('|').append(file(properties.documents() == null ? null : properties.documents().calendar()));
        return Hashing.sha256Hex(all.toString());
    }

    /** The bytes' digest of a reference file as the settings name it: classpath:… (the jar's copy) or a path on disk. */
    private static String file(String location) {
        if (location == null) {
            return "-";
        }
        try {
            if (location.startsWith("classpath:")) {
                try (var in = SettingsFingerprint.class.getClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    return in == null ? "-" : Hashing.sha256Hex(in.readAllBytes());
                }
            }
            Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isRegularFile(path) ? Hashing.sha256Hex(Files.readAllBytes(path)) : "-";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /**
     * Before the runners, so that one-shot runs (a cron deployment's only starts) record it too; not when the process
     * only verifies the chain, which writes nothing.
     */
    @EventListener(ApplicationStartedEvent.class)
    void recordIfChanged() {
        if (properties.audit() != null && properties.audit().verify()) {
            return;
        }
        String now = current();
        List<String> last = jdbc.queryForList(
                "SELECT target FROM audit_event WHERE action = 'SETTINGS' ORDER BY id DESC LIMIT 1", String.class);
        if (last.isEmpty() || !last.get(0).equals(now)) {
            audit.record(AuditLog.SCHEDULER, null, "SETTINGS", now,
                    "rules " + properties.rules().rulesVersion() + (last.isEmpty() ? ", first start" : ", was " + last.get(0)));
            log.info("Settings the rules read changed: fingerprint {}", now);
        }
    }
}
