package gx.zhicheng.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The format of the reference data an office edits by hand in config/ (office directory, calendar, entrusted
 * evaluations): UTF-8, a byte-order mark tolerated, blank lines and lines starting with # skipped, one header
 * line that must match exactly, then rows of exactly as many comma-separated fields as the header names. No
 * quoting: no field of these files holds a comma, and an office editing in a spreadsheet should get a clear
 * line-numbered error rather than a silently shifted column.
 */
public final class ReferenceCsv {

    /** A data row: its stripped fields and where it stands, for messages that name the line. */
    public record Row(String source, int line, List<String> fields) {

        public String field(int index) {
            return fields.get(index);
        }

        /** An error about this row, named by file and line. */
        public IllegalArgumentException invalid(String problem) {
            return new IllegalArgumentException(source + " line " + line + ": " + problem);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ReferenceCsv.class);
    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    private ReferenceCsv() {
    }

    /**
     * The file at a location as the settings name it: {@code classpath:config/offices.csv} (the copy inside the jar,
     * the default) or a path on disk (an office's own copy, e.g. {@code config/offices.csv} beside the jar). Where it
     * came from and its SHA-256 are logged, so an edited file on a server shows in the start-up log.
     */
    public static List<Row> load(String location, String header) {
        if (location.startsWith(CLASSPATH)) {
            String name = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
            byte[] bytes;
            try (var in = ReferenceCsv.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing reference data: " + location + " is not in the jar");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
            log.info("Reference data {} (in the jar) sha256={}", location, Hashing.sha256Hex(bytes));
            try {
                return read(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)), location, header);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        }
        Path csv = Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
        try {
            log.info("Reference data {} (from disk, overriding the jar's copy) sha256={}", csv.toAbsolutePath(),
                    Hashing.sha256Hex(Files.readAllBytes(csv)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv.toAbsolutePath(), e);
        }
        return load(csv, header);
    }

    public static List<Row> load(Path csv, String header) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.toString(), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    public static List<Row> read(Reader csv, String source, String header) throws IOException {
        int columns = header.split(",", -1).length;
        List<Row> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(csv);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.replace("\uFEFF", "").strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
            Row row = new Row(source, number, fields);
            if (!headerSeen) {
                if (!text.equals(header)) {
                    throw row.invalid("expected header " + header);
                }
                headerSeen = true;
            } else if (fields.size() != columns) {
                throw row.invalid("expected " + columns + " fields, found " + fields.size());
            } else {
                rows.add(row);
            }
        }
        return rows;
    }
}
