package gx.zhicheng.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The series and levels that have no local committee, or whose committee cannot convene, and are evaluated
 * elsewhere on a letter of the notice's attachment 2 (config/entrusted-evaluation.csv).
 *
 * <p>CSV, UTF-8, lines starting with # are comments, no quoting: {@code series,level,reason,sender}. {@code series}
 * and {@code level} are the codes of rules.md; {@code reason} is {@value #NO_SPECIALTY} (the specialty is not set up
 * here) or {@value #NO_COMMITTEE} (no committee for that series and level); {@code sender} is the office that signs
 * the letter, empty for the declaration's review office (the verdict's reviewOffice).
 */
final class EntrustedEvaluations {

    static final String HEADER = "series,level,reason,sender";
    static final String NO_SPECIALTY = "暂未设置评审专业";
    static final String NO_COMMITTEE = "尚未组建评委会";

    record Entrusted(String series, String level, String reason, String sender) {}

    private final List<Entrusted> rows;

    EntrustedEvaluations(List<Entrusted> rows) {
        this.rows = List.copyOf(rows);
    }

    static EntrustedEvaluations load(Path csv) {
        try (BufferedReader lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<Entrusted> rows = new ArrayList<>();
            boolean headerSeen = false;
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.replace("\uFEFF", "").strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!text.equals(HEADER)) {
                        throw new IllegalArgumentException(csv + " line " + number + ": expected header " + HEADER);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(parse(text, csv, number));
            }
            return new EntrustedEvaluations(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    Optional<Entrusted> find(String series, String level) {
        return rows.stream().filter(r -> r.series().equals(series) && r.level().equals(level)).findFirst();
    }

    List<Entrusted> all() {
        return rows;
    }

    private static Entrusted parse(String line, Path csv, int number) {
        String[] f = line.split(",", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException(csv + " line " + number + ": expected 4 fields, found " + f.length);
        }
        String reason = f[2].strip();
        if (!Set.of(NO_SPECIALTY, NO_COMMITTEE).contains(reason)) {
            throw new IllegalArgumentException(csv + " line " + number + ": reason must be " + NO_SPECIALTY + " or " + NO_COMMITTEE);
        }
        String sender = f[3].strip();
        return new Entrusted(f[0].strip(), f[1].strip(), reason, sender.isEmpty() ? null : sender);
    }
}
