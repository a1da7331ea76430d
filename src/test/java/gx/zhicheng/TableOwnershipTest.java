package gx.zhicheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module that alone writes it (docs/tables.md, whose table this test reads). The SQL of
 * src/main is scanned: the string literals and text blocks of each module's classes (comments are not SQL), the routes
 * and the other resources (which belong to no module). A write is INSERT INTO, UPDATE, DELETE FROM, MERGE INTO or
 * TRUNCATE followed by the table's name; one that does not name its table fails, since the scan could not check it.
 */
class TableOwnershipTest {

    private static final Path MAP = Path.of("docs/tables.md");
    private static final Path MODULES = Path.of("src/main/java/gx/zhicheng");
    private static final List<Path> MIGRATIONS = List.of(Path.of("src/main/resources/db/migration"),
            Path.of("src/main/java/db/migration"));

    /** A keyword that writes, then the table, or nothing the scan can read as one (the end, a +, a placeholder). */
    private static final Pattern WRITE = Pattern.compile(
            "(?i)(\\b(?:FOR|ON|DO)\\s+)?\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE(?:\\s+TABLE)?)"
                    + "(?:\\s+\"?([A-Za-z_][A-Za-z0-9_]*)|\\s*$|\\s+[^A-Za-z_\"\\s(,;])");
    private static final Pattern CREATE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Za-z_*]+)`\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\w*)\\s*\\|");

    /** One write found: where, by which module ({@code null}: a route or resource), which statement and table. */
    record Write(String file, int line, String module, String keyword, String table) {

        String where() {
            return file + ":" + line;
        }
    }

    /** A table's row of docs/tables.md: its owner ("none": no module) and the module that may purge it, if any. */
    record Owner(String table, String module, String purger) {}

    @Test
    void everyTableIsWrittenByItsOwnerOnly() throws IOException {
        Map<String, Owner> owners = owners();
        List<Write> writes = scan();
        List<String> violations = violations(writes, owners, tablesOfTheMigrations());
        assertThat(violations).as("writes outside each table's owner (docs/tables.md)").isEmpty();
    }

    /** The scan cannot pass by finding nothing: every owner and purger of the table is seen writing it. */
    @Test
    void theScanFindsEachOwnersWrites() throws IOException {
        List<Write> writes = scan();
        List<String> missing = new ArrayList<>();
        for (Owner owner : owners().values()) {
            if (!owner.module().equals("none") && writes.stream().noneMatch(w -> owner.module().equals(w.module())
                    && matches(owner.table(), w.table()))) {
                missing.add(owner.table() + ": no write by its owner " + owner.module() + " found");
            }
            if (!owner.purger().isEmpty() && writes.stream().noneMatch(w -> owner.purger().equals(w.module())
                    && matches(owner.table(), w.table()))) {
                missing.add(owner.table() + ": no purge by " + owner.purger() + " found");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(writes).hasSizeGreaterThan(50);
    }

    /** docs/tables.md names every table the migrations create, and no other. */
    @Test
    void theMapCoversTheSchema() throws IOException {
        Set<String> tables = tablesOfTheMigrations();
        Map<String, Owner> owners = owners();
        assertThat(tables.stream().filter(t -> owner(owners, t) == null).toList()).as("tables without an owner").isEmpty();
        assertThat(owners.keySet().stream().filter(o -> tables.stream().noneMatch(t -> matches(o, t))).toList())
                .as("rows of docs/tables.md for no table").isEmpty();
    }

    /** The package doc of each owning module says which tables it owns. */
    @Test
    void eachOwnersPackageDocNamesItsTables() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Owner owner : owners().values()) {
            if (!owner.module().equals("none")) {
                Path doc = MODULES.resolve(owner.module()).resolve("package-info.java");
                if (!Files.readString(doc).contains("{@code " + owner.table() + "}")) {
                    missing.add(doc + " does not name its table {@code " + owner.table() + "}");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The scanner itself: a write of another module's table in a literal is named; comments and FOR UPDATE are not. */
    @Test
    void aWriteOfAnotherModulesTableIsCaught() {
        String source = """
                class Planted {
                    // UPDATE outbox in a comment is no SQL
                    /* DELETE FROM outbox neither */
                    void run() {
                        char quote = '"';
                        jdbc.queryForList("SELECT id FROM outbox FOR UPDATE SKIP LOCKED");
                        jdbc.update(\"""
                                UPDATE outbox SET state = 'PENDING'
                                 WHERE id = ?\""", 1);
                        jdbc.update("DELETE FROM " + table);
                    }
                }
                """;
        List<Write> writes = javaWrites("src/main/java/gx/zhicheng/ops/Planted.java", "ops", source);
        assertThat(writes).extracting(Write::line, Write::keyword, Write::table)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, "UPDATE", "outbox"),
                        org.assertj.core.groups.Tuple.tuple(10, "DELETE FROM", null));
        assertThat(violations(writes, Map.of("outbox", new Owner("outbox", "push", ""), "dead_letter",
                new Owner("dead_letter", "push", "")), Set.of("outbox", "dead_letter")))
                .containsExactly(
                        "src/main/java/gx/zhicheng/ops/Planted.java:8: ops writes table outbox (UPDATE), whose owner is"
                                + " push (docs/tables.md): call a method of push instead",
                        "src/main/java/gx/zhicheng/ops/Planted.java:10: ops writes a table the statement does not name"
                                + " (DELETE FROM ...): write the table's name in the SQL, in its owner");
    }

    private static List<String> violations(List<Write> writes, Map<String, Owner> owners, Set<String> tables) {
        List<String> violations = new ArrayList<>();
        for (Write w : writes) {
            String writer = w.module() == null ? "a route or resource (no module)" : w.module();
            if (w.table() == null) {
                violations.add(w.where() + ": " + writer + " writes a table the statement does not name (" + w.keyword()
                        + " ...): write the table's name in the SQL, in its owner");
                continue;
            }
            Owner owner = owner(owners, w.table());
            if (owner == null) {
                if (tables.contains(w.table().toLowerCase(Locale.ROOT))) {
                    violations.add(w.where() + ": " + writer + " writes table " + w.table() + ", which has no owner in "
                            + MAP);
                }
                continue; // a word after a keyword in a message, not a table
            }
            boolean owns = owner.module().equals(w.module());
            boolean purges = owner.purger().equals(w.module()) && !w.keyword().startsWith("INSERT");
            if (!owns && !purges) {
                violations.add(w.where() + ": " + writer + " writes table " + w.table() + " (" + w.keyword()
                        + "), whose owner is " + owner.module() + " (" + MAP + "): "
                        + (owner.module().equals("none") ? "no SQL of ours may write it" : "call a method of "
                        + owner.module() + " instead"));
            }
        }
        return violations;
    }

    private static Owner owner(Map<String, Owner> owners, String table) {
        return owners.values().stream().filter(o -> matches(o.table(), table)).findFirst().orElse(null);
    }

    /** A row's table, or its prefix ending in {@code *}, against a table's name; case does not matter in SQL. */
    private static boolean matches(String row, String table) {
        String r = row.toLowerCase(Locale.ROOT);
        String t = table.toLowerCase(Locale.ROOT);
        return r.endsWith("*") ? t.startsWith(r.substring(0, r.length() - 1)) : r.equals(t);
    }

    static Map<String, Owner> owners() throws IOException {
        Map<String, Owner> owners = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MAP, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String module = row.group(2);
                assertThat(module.equals("none") || Files.isDirectory(MODULES.resolve(module)))
                        .as("owner %s of %s in %s is a module", module, row.group(1), MAP).isTrue();
                owners.put(row.group(1), new Owner(row.group(1), module, row.group(3)));
            }
        }
        assertThat(owners).as("the rows of %s", MAP).isNotEmpty();
        return owners;
    }

    private static Set<String> tablesOfTheMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Path dir : MIGRATIONS) {
            for (Path file : files(dir)) {
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(tables).as("tables created by the migrations").contains("declaration", "outbox");
        return tables;
    }

    /** Every write in src/main and routes/, the migrations left out (they are the schema's, run as its owner). */
    static List<Write> scan() throws IOException {
        List<Write> writes = new ArrayList<>();
        for (Path file : files(MODULES)) {
            if (file.toString().endsWith(".java")) {
                Path relative = MODULES.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(application)";
                writes.addAll(javaWrites(file.toString(), module, Files.readString(file)));
            }
        }
        List<Path> others = new ArrayList<>(files(Path.of("routes")));
        files(Path.of("src/main/resources")).stream().filter(f -> MIGRATIONS.stream().noneMatch(f::startsWith))
                .filter(f -> f.toString().matches(".*\\.(ya?ml|sql|xml|properties)$")).forEach(others::add);
        for (Path file : others) {
            String text = Files.readString(file);
            writes.addAll(writes(file.toString(), null, text, 0, text));
        }
        return writes;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The writes in the string literals and text blocks of a Java source. */
    static List<Write> javaWrites(String file, String module, String source) {
        List<Write> writes = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), source);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), source) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = closing(source, i + 3, "\"\"\"");
                writes.addAll(writes(file, module, source, i, source.substring(i + 3, close)));
                i = close + 3;
            } else if (source.charAt(i) == '"') {
                int close = closing(source, i + 1, "\"");
                writes.addAll(writes(file, module, source, i, source.substring(i + 1, close)));
                i = close + 1;
            } else if (source.charAt(i) == '\'') {
                i = closing(source, i + 1, "'") + 1;
            } else {
                i++;
            }
        }
        return writes;
    }

    private static int end(int found, String source) {
        return found < 0 ? source.length() : found;
    }

    /** Where an unescaped {@code delimiter} closes the literal that starts at {@code from}. */
    private static int closing(String source, int from, String delimiter) {
        int i = from;
        while (!source.startsWith(delimiter, i)) {
            if (i >= source.length()) {
                throw new IllegalStateException("unclosed literal at " + from);
            }
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The writes of one literal (or of a whole resource), numbered by the line where it starts. */
    private static List<Write> writes(String file, String module, String source, int start, String text) {
        List<Write> writes = new ArrayList<>();
        String sql = text.replace("\\s", " ").replace("\\n", " ");
        Matcher m = WRITE.matcher(sql);
        int line = (int) source.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        while (m.find()) {
            if (m.group(1) != null) {
                continue; // FOR UPDATE, ON DELETE, DO UPDATE: part of another statement
            }
            int at = line + (int) sql.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            String keyword = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            writes.add(new Write(file, at, module, keyword, m.group(3)));
        }
        return writes;
    }
}
