package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The declarations the mock platform holds: the files mocks/__files/declarations/GX*.json as generated, plus
 * the newer versions a scenario created at run time. Items are kept as raw JSON because some samples break
 * the contract on purpose (the adapter must park them), so nothing here may insist on a valid shape.
 */
public final class DeclarationBook {

    /** The listing's order: (updatedAt, declarationId). */
    static final Comparator<ObjectNode> LISTING_ORDER =
            Comparator.comparing(DeclarationBook::updatedAt).thenComparing(d -> d.path("declarationId").asText());

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Always with seconds: OffsetDateTime.toString() drops ":00", which the contract's date-time refuses. */
    private static final DateTimeFormatter UPDATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;
    private final Clock clock;
    private final Map<String, ObjectNode> current = new TreeMap<>();
    private boolean staleServed;

    DeclarationBook(Path mocksRoot, Clock clock) {
        this.dir = mocksRoot.resolve("__files/declarations");
        this.clock = clock;
        reset();
    }

    /** Back to the generated files: versions created by scenarios are forgotten. */
    public synchronized void reset() {
        current.clear();
        staleServed = false;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("GX.*\\.json")).sorted().toList()) {
                ObjectNode declaration = (ObjectNode) json.readTree(file.toFile());
                current.put(declaration.path("declarationId").asText(), declaration);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the declarations of " + dir, e);
        }
    }

    public synchronized Optional<ObjectNode> find(String declarationId) {
        return Optional.ofNullable(current.get(declarationId)).map(ObjectNode::deepCopy);
    }

    /** Every current version, in listing order. */
    synchronized List<ObjectNode> inListingOrder() {
        return current.values().stream().map(ObjectNode::deepCopy).sorted(LISTING_ORDER).toList();
    }

    /**
     * A new version of the declaration appears now: version + 1 and an updatedAt later than every other, so a
     * walk under way meets it again on a later page. Returns the new version.
     */
    /** A new version with another {@code status} (SUBMITTED, UNIT_RECOMMENDED, WITHDRAWN). */
    public synchronized int newVersion(String declarationId, String status) {
        ObjectNode declaration = current.get(declarationId);
        if (declaration == null) {
            throw new IllegalArgumentException("no declaration " + declarationId);
        }
        declaration.put("status", status);
        return newVersion(declarationId);
    }

    public synchronized int newVersion(String declarationId) {
        ObjectNode declaration = current.get(declarationId);
        if (declaration == null) {
            throw new IllegalArgumentException("no declaration " + declarationId);
        }
        Instant latest = current.values().stream().map(DeclarationBook::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant now = clock.instant();
        Instant at = now.isAfter(latest) ? now : latest.plusSeconds(1);
        int version = declaration.path("version").asInt(1) + 1;
        declaration.put("version", version);
        declaration.put("updatedAt", UPDATED_AT.format(OffsetDateTime.ofInstant(at, BEIJING)));
        return version;
    }

    /**
     * {@link #newVersion} for the first caller since the last reset only. WireMock moves a scenario to its next
     * state after the match, so parallel pushes can all match a "once" stub; this keeps the fault to one push.
     */
    synchronized boolean newVersionOnce(String declarationId) {
        if (staleServed) {
            return false;
        }
        staleServed = true;
        newVersion(declarationId);
        return true;
    }

    static Instant updatedAt(ObjectNode declaration) {
        return OffsetDateTime.parse(declaration.path("updatedAt").asText()).toInstant();
    }
}
