package gx.zhicheng.enrich;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.rules.ArchiveEntry;
import gx.zhicheng.rules.CeRecord;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.Dossier;
import gx.zhicheng.rules.SiRecord;
import gx.zhicheng.system.Masking;
import gx.zhicheng.system.SqlLists;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The database is asked once per batch, not once per declaration.
 */
@Component
class DossierAssembler {

    private static final Logger log = LoggerFactory.getLogger(DossierAssembler.class);

    /** A live declaration of a person, for DUPLICATE_SAME_LEVEL. */
    private record Live(String declarationId, int year, String level) {}

    private final JdbcTemplate jdbc;

    DossierAssembler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Body becomes the list of dossiers; a declaration a feed did not answer for is left for the next cycle. */
    @SuppressWarnings("unchecked")
    public void assemble(Exchange exchange) {
        List<ReviewQueue.Pending> batch = exchange.getProperty(FlowKeys.BATCH, List.class);
        Map<String, SiRecord> si = exchange.getProperty(FlowKeys.SI_ANSWERS, Map.class);
        Map<String, CeRecord> ce = exchange.getProperty(FlowKeys.CE_ANSWERS, Map.class);
        Map<String, List<ArchiveEntry>> archive = exchange.getProperty(FlowKeys.ARCHIVE, Map.class);
        List<Declaration> answered = new ArrayList<>();
        for (ReviewQueue.Pending pending : batch) {
            Declaration d = pending.declaration();
            String id = d.applicant().idNumber();
            if (!si.containsKey(id) || !ce.containsKey(id) || !archive.containsKey(id)) {
                log.warn("Declaration {}: a feed gave no answer for {}; it waits for the next cycle",
                        d.declarationId(), Masking.idNumber(id));
                continue;
            }
            answered.add(d);
        }
        List<Dossier> dossiers = new ArrayList<>();
        if (!answered.isEmpty()) {
            List<String> people = answered.stream().map(d -> d.applicant().idNumber()).distinct().toList();
            Map<String, List<Live>> live = liveDeclarations(people);
            Map<String, List<ArchiveEntry>> own = ownArchiveEntries(people);
            for (Declaration d : answered) {
                String id = d.applicant().idNumber();
                List<ArchiveEntry> entries = new ArrayList<>(archive.get(id));
                entries.addAll(own.getOrDefault(id, List.of()));
                dossiers.add(new Dossier(d, si.get(id), ce.get(id), entries, sameLevel(d, live.getOrDefault(id, List.of()))));
            }
        }
        exchange.getMessage().setBody(dossiers);
    }

    /** The other live declarations of the same person, year and level, by declaration ID. */
    private static List<String> sameLevel(Declaration d, List<Live> ofPerson) {
        return ofPerson.stream()
                .filter(l -> d.year() != null && l.year() == d.year() && l.level().equals(d.level().name())
                        && !l.declarationId().equals(d.declarationId()))
                .map(Live::declarationId)
                .toList();
    }

    /** Every live declaration of the people of a batch, ordered by declaration ID. */
    private Map<String, List<Live>> liveDeclarations(List<String> idNumbers) {
        Map<String, List<Live>> live = new HashMap<>();
        jdbc.query("""
                SELECT id_number, declaration_id, decl_year, level FROM declaration
                 WHERE id_number IN\s""" + SqlLists.in(idNumbers.size()) + " AND status <> 'WITHDRAWN' ORDER BY declaration_id",
                (ResultSet rs) -> {
                    live.computeIfAbsent(rs.getString(1), x -> new ArrayList<>())
                            .add(new Live(rs.getString(2), rs.getInt(3), rs.getString(4)));
                }, idNumbers.toArray());
        return live;
    }

    /** The adapter's own archive entries of the people of a batch, oldest first. */
    private Map<String, List<ArchiveEntry>> ownArchiveEntries(List<String> idNumbers) {
        Map<String, List<ArchiveEntry>> own = new HashMap<>();
        jdbc.query("""
                SELECT id, id_number, name, declaration_id, reason, recorded_on, expires_on FROM archive_entry
                 WHERE id_number IN\s""" + SqlLists.in(idNumbers.size()) + " ORDER BY id",
                (ResultSet rs) -> {
                    own.computeIfAbsent(rs.getString(2), x -> new ArrayList<>())
                            .add(new ArchiveEntry("local-" + rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()));
                }, idNumbers.toArray());
        return own;
    }
}
