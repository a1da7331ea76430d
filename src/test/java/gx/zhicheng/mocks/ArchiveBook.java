package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The integrity archive of the mock platform: the entries of mocks/__files/archive/ID.json, plus those recorded
 * since start (by POST, or by a test through {@link #record}), so that an entry pushed is an entry read back.
 */
public final class ArchiveBook {

    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;
    private final Map<String, List<ObjectNode>> recorded = new HashMap<>();
    private int counter;

    ArchiveBook(Path mocksRoot) {
        this.dir = mocksRoot.resolve("__files/archive");
    }

    /** Every entry for one person, the static ones first. */
    synchronized ArrayNode entries(String idNumber) {
        ArrayNode entries = json.createArrayNode();
        Path file = dir.resolve(idNumber + ".json");
        if (idNumber.matches("[0-9A-Za-z]{1,32}") && Files.exists(file)) {
            try {
                json.readTree(file.toFile()).path("entries").forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        recorded.getOrDefault(idNumber, List.of()).forEach(e -> entries.add(e.deepCopy()));
        return entries;
    }

    /** Records an entry (ArchiveEntry of the contract, without entryId) and returns the entryId it got. */
    public synchronized String record(JsonNode entry) {
        String entryId = String.format("IA-M%06d", ++counter);
        ObjectNode stored = json.createObjectNode().put("entryId", entryId);
        entry.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("entryId")) {
                stored.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        recorded.computeIfAbsent(entry.path("idNumber").asText(), id -> new ArrayList<>()).add(stored);
        return entryId;
    }

    synchronized void reset() {
        recorded.clear();
    }
}
