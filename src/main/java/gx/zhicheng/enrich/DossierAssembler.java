package gx.zhicheng.enrich;

import gx.zhicheng.review.ArchiveEntry;
import gx.zhicheng.review.CeRecord;
import gx.zhicheng.review.Declaration;
import gx.zhicheng.review.Dossier;
import gx.zhicheng.review.SiRecord;
import gx.zhicheng.system.Masking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts together what the rules look at for each declaration of a batch: the feeds' answers, the archive
 * (platform entries and the adapter's own), and the other live declarations of the same person, year and level.
 */
@Component
public class DossierAssembler {

    private static final Logger log = LoggerFactory.getLogger(DossierAssembler.class);

    private final JdbcTemplate jdbc;

    DossierAssembler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Body becomes the list of dossiers; a declaration a feed did not answer for is left for the next cycle. */
    @SuppressWarnings("unchecked")
    public void assemble(Exchange exchange) {
        List<ReviewQueue.Pending> batch = exchange.getProperty(ReviewQueue.BATCH, List.class);
        Map<String, SiRecord> si = exchange.getProperty(FeedAnswers.SI, Map.class);
        Map<String, CeRecord> ce = exchange.getProperty(FeedAnswers.CE, Map.class);
        Map<String, List<ArchiveEntry>> archive = exchange.getProperty(ArchiveLookups.ARCHIVE, Map.class);
        List<Dossier> dossiers = new ArrayList<>();
        for (ReviewQueue.Pending pending : batch) {
            Declaration d = pending.declaration();
            String id = d.applicant().idNumber();
            if (!si.containsKey(id) || !ce.containsKey(id) || !archive.containsKey(id)) {
                log.warn("Declaration {}: a feed gave no answer for {}; it waits for the next cycle",
                        d.declarationId(), Masking.idNumber(id));
                continue;
            }
            List<ArchiveEntry> entries = new ArrayList<>(archive.get(id));
            entries.addAll(ownArchiveEntries(id));
            dossiers.add(new Dossier(d, si.get(id), ce.get(id), entries, sameLevel(d)));
        }
        exchange.getMessage().setBody(dossiers);
    }

    private List<String> sameLevel(Declaration d) {
        return jdbc.queryForList("""
                SELECT declaration_id FROM declaration
                 WHERE id_number = ? AND decl_year = ? AND level = ? AND declaration_id <> ? AND status <> 'WITHDRAWN'
                 ORDER BY declaration_id""", String.class,
                d.applicant().idNumber(), d.year(), d.level().name(), d.declarationId());
    }

    private List<ArchiveEntry> ownArchiveEntries(String idNumber) {
        return jdbc.query("""
                SELECT id, id_number, name, declaration_id, reason, recorded_on, expires_on FROM archive_entry
                 WHERE id_number = ? ORDER BY id""",
                (rs, n) -> new ArchiveEntry("local-" + rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()), idNumber);
    }
}
